import { FAULT_NAMES, startReferenceServer } from '../../fixtures/reference-server';
import { FAULT_EXPECTATIONS } from './faultDetection';
import { referenceProfile, runCli } from './runCli';

// The suite tests itself: the reference server with one injected defect at a time must make
// a run exit 1 naming the check that guards against it. The share caught is the suite's
// mutation score, printed at the end.

const TOKEN = 'fault-test-token';
const SEED = '20261203';
// More than the default so rarer mutations (an array body, a numeric string) come up.
const RUNS = '60';
const detected: string[] = [];

describe(`injected defects [seed ${SEED}]`, () => {
  afterAll(() => {
    const total = FAULT_EXPECTATIONS.length;
    process.stdout.write(`mutation score: ${detected.length}/${total} injected defects ` +
      `detected (${Math.round((detected.length / total) * 100)}%)\n`);
  });

  it('covers every fault the reference server knows', () => {
    expect(FAULT_EXPECTATIONS.map((e) => e.fault).sort()).toEqual([...FAULT_NAMES].sort());
  });

  it.each(FAULT_EXPECTATIONS)('$fault is caught by $check', async (expectation) => {
    const server = await startReferenceServer({ faults: [expectation.fault],
      auth: { bearerToken: TOKEN }, ...expectation.server });
    try {
      const run = await runCli('conformance', ['--target', server.url,
        '--profile', referenceProfile(TOKEN), '--seed', SEED, '--runs', RUNS,
        ...expectation.suites.flatMap((s) => ['--suite', s]),
        ...(expectation.should ? ['--fail-on-should'] : [])]);

      // A defect may keep the suite from deleting what it created (a resurrected resource);
      // saying so is right, any other complaint is not.
      const complaints = run.stderr.split('\n').filter((line) => line.trim()
        && !line.startsWith('could not delete '));
      expect({ code: run.code, complaints }).toEqual({ code: 1, complaints: [] });
      const failedChecks = run.report().results
        .filter((r) => r.status === 'failed').map((r) => r.check);
      expect(failedChecks).toContain(expectation.check);
      detected.push(expectation.fault);
    } finally {
      await server.close();
    }
  }, 180_000);
});
