import { existsSync } from 'node:fs';
import path from 'node:path';

import { runCli } from './runCli';

// Sharded runs in CI: each shard runs part of the suites, and merge-reports puts their
// reports back together into one, in every format, that counts what one whole run counts.

describe('--shard and merge-reports', () => {
  it('merges two shards into the report of the whole run', async () => {
    const args = ['--seed', '21', '--runs', '5'];
    const [whole, first, second] = await Promise.all([
      runCli('conformance', args),
      runCli('conformance', [...args, '--shard', '1/2']),
      runCli('conformance', [...args, '--shard', '2/2']),
    ]);
    expect([whole.code, first.code, second.code]).toEqual([0, 0, 0]);
    const parts = [first.report().results.length, second.report().results.length];
    expect(parts.every((n) => n > 0 && n < whole.report().results.length)).toBe(true);

    const merge = await runCli('mergeReports', [first.reportDir, second.reportDir,
      '--out', path.join(first.reportDir, 'merged')]);

    expect(merge.code).toBe(0);
    const mergedDir = path.join(first.reportDir, 'merged');
    for (const file of ['conformance-report.json', 'junit.xml', 'conformance-report.html',
      'conformance-summary.md']) {
      expect(existsSync(path.join(mergedDir, file))).toBe(true);
    }
    const merged = (await import(path.join(mergedDir, 'conformance-report.json'))) as
      { summary: { total: number }; verdict: string };
    expect(merged.summary.total).toBe(whole.report().summary.total);
    expect(merged.verdict).toBe('conformant');
  });

  it('refuses a malformed --shard with one line', async () => {
    const run = await runCli('conformance', ['--shard', '3/2']);

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error USAGE: --shard expects I\/N/);
  });
});
