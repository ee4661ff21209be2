import { startReferenceServer } from '../../fixtures/reference-server';
import { referenceProfile, runCli } from './runCli';

// A shared target is protected by the profile's budget: a run stops in one line when it has
// spent its requests or its time, and deletes what it created on the way out.

const TOKEN = 'budget-token';

describe('the budget in the profile', () => {
  it('stops the run with BUDGET_EXCEEDED when the request budget is spent', async () => {
    const server = await startReferenceServer({ auth: { bearerToken: TOKEN } });
    try {
      const run = await runCli('conformance', ['--target', server.url, '--profile',
        referenceProfile(TOKEN, { stateful: false, budget: { maxRequests: 30 } }),
        '--suite', 'positive', '--seed', '2']);

      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr)
        .toMatch(/BUDGET_EXCEEDED: the run reached its budget of 30/);
    } finally {
      await server.close();
    }
  });

  it('stops a run that outlasts budget.runTimeoutMs, deleting what it created', async () => {
    const server = await startReferenceServer({ auth: { bearerToken: TOKEN },
      createDelayMs: 200 });
    try {
      const run = await runCli('conformance', ['--target', server.url, '--profile',
        referenceProfile(TOKEN, { budget: { runTimeoutMs: 2_500 },
          pins: { compartmentId: 'ocid1.compartment.oc1..budget' } }),
        '--suite', 'stateful', '--runs', '500', '--seed', '2']);

      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^error RUN_TIMEOUT: the run took longer than 2500 ms/m);
      const listed = await fetch(`${server.url}/applications?compartmentId=` +
        'ocid1.compartment.oc1..budget', { headers: { Authorization: `Bearer ${TOKEN}` } });
      const alive = (await listed.json() as Array<{ lifecycleState: string }>)
        .filter((a) => !['DELETING', 'DELETED'].includes(a.lifecycleState));
      expect(alive).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
