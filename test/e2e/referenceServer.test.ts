import { startReferenceServer } from '../../fixtures/reference-server';
import { referenceProfile, runCli } from './runCli';

// The suite passes the reference implementation with zero MUST failures, whether resources
// settle at once or take seconds, as a real service's do.

const TOKEN = 'clean-token';

describe('the clean reference implementation', () => {
  it.each([
    { name: 'instant lifecycle', createDelayMs: 0, deleteDelayMs: 0, runs: '25' },
    { name: 'slow lifecycle', createDelayMs: 1_500, deleteDelayMs: 1_000, runs: '4' },
  ])('passes every MUST check with $name', async ({ createDelayMs, deleteDelayMs, runs }) => {
    const server = await startReferenceServer({ createDelayMs, deleteDelayMs,
      deletedVisibleMs: 500, auth: { bearerToken: TOKEN } });
    try {
      const run = await runCli('conformance', ['--target', server.url, '--profile',
        referenceProfile(TOKEN, { lifecycleTimeoutMs: 10_000 }), '--seed', '31',
        '--runs', runs], { timeoutMs: 240_000 });

      const report = run.report();
      const mustFailures = report.results.filter((r) => r.level === 'MUST'
        && r.status === 'failed').map((r) => `${r.check} ${r.operationId}\n${r.message}`);
      expect(mustFailures).toEqual([]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      const stateful = report.results.filter((r) => r.suite === 'stateful'
        && r.status === 'passed');
      expect(stateful.length).toBeGreaterThan(10);
      expect(report.leftovers).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
