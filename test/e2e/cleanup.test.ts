import { setTimeout as sleep } from 'node:timers/promises';

import { startReferenceServer, type RunningReferenceServer } from '../../fixtures/reference-server';
import { referenceProfile, runCli } from './runCli';

// Every resource a run creates is deleted again: when the user presses Ctrl-C, the CLI
// deletes what the run created; when the run is killed outright, the sweeper finds what it
// left by its name prefix.

const TOKEN = 'cleanup-token';
const COMPARTMENT = 'ocid1.compartment.oc1..cleanuptest';

async function liveApplications(server: RunningReferenceServer): Promise<unknown[]> {
  const response = await fetch(`${server.url}/applications?compartmentId=${COMPARTMENT}`,
    { headers: { Authorization: `Bearer ${TOKEN}` } });
  const items = await response.json() as Array<{ lifecycleState: string }>;
  return items.filter((item) => !['DELETING', 'DELETED'].includes(item.lifecycleState));
}

async function waitForApplications(server: RunningReferenceServer): Promise<void> {
  for (let i = 0; i < 200 && (await liveApplications(server)).length === 0; i += 1) {
    await sleep(25);
  }
}

describe('cleaning up the target', () => {
  let server: RunningReferenceServer;
  // Slow lifecycle so a run is still busy when it is interrupted.
  beforeEach(async () => {
    server = await startReferenceServer({ auth: { bearerToken: TOKEN }, createDelayMs: 150,
      deletedVisibleMs: 100 });
  });
  afterEach(() => server.close());

  const profile = () => referenceProfile(TOKEN, { pins: { compartmentId: COMPARTMENT },
    lifecycleTimeoutMs: 10_000 });
  const longRun = ['--suite', 'stateful', '--runs', '500', '--seed', '11'];

  it('deletes everything it created when interrupted with SIGINT', async () => {
    let pid = 0;
    const running = runCli('conformance', ['--target', server.url, '--profile', profile(),
      ...longRun], { onStart: (p) => { pid = p; } });
    await waitForApplications(server);
    process.kill(pid, 'SIGINT');
    const run = await running;

    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/interrupted \(SIGINT\); deleting what this run created/);
    expect(await liveApplications(server)).toEqual([]);
  });

  it('leaves a killed run\'s resources for the sweeper, which removes them', async () => {
    let pid = 0;
    const running = runCli('conformance', ['--target', server.url, '--profile', profile(),
      ...longRun], { onStart: (p) => { pid = p; } });
    await waitForApplications(server);
    process.kill(pid, 'SIGKILL');
    await running;
    expect((await liveApplications(server)).length).toBeGreaterThan(0);

    const sweep = await runCli('sweep', ['--target', server.url, '--profile', profile()]);

    expect(sweep.code).toBe(0);
    expect(sweep.stdout).toMatch(/removed application ocid1\.fnapp\.\S+ \(cfs-/);
    expect(sweep.stdout).toMatch(/0 left/);
    expect(await liveApplications(server)).toEqual([]);
  });
});
