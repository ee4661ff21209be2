import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startReferenceServer } from '../../fixtures/reference-server';
import type { FaultName } from '../../fixtures/reference-server';
import { referenceProfile, runCli } from './runCli';

// Implementers gate pull requests on a baseline of known failures: it passes while only
// those fail, fails as soon as a new one appears, and --update-expectations writes it.

const TOKEN = 'baseline-token';

async function runAgainst(faults: FaultName[], extra: string[]) {
  const server = await startReferenceServer({ faults, auth: { bearerToken: TOKEN } });
  try {
    return await runCli('conformance', ['--target', server.url, '--profile',
      referenceProfile(TOKEN, { stateful: false }), '--suite', 'positive', '--seed', '4',
      ...extra]);
  } finally {
    await server.close();
  }
}

describe('--expectations baseline', () => {
  const baseline = path.join(mkdtempSync(path.join(os.tmpdir(), 'baseline-')), 'known.json');

  it('writes the current failures with --update-expectations', async () => {
    const run = await runAgainst(['create-returns-201'],
      ['--expectations', baseline, '--update-expectations']);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/wrote 1 expected failure\(s\)/);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).expectedFailures).toEqual([
      expect.objectContaining({ check: 'status-code-conformance',
        operationId: 'createApplication' })]);
  });

  it('passes while only the known failure fails', async () => {
    const run = await runAgainst(['create-returns-201'], ['--expectations', baseline]);

    expect(run.code).toBe(0);
    const report = run.report();
    expect(report.results.filter((r) => r.expectedFailure)).toHaveLength(1);
    expect(report.verdict).toBe('conformant');
  });

  it('fails as soon as a second, new failure appears', async () => {
    const run = await runAgainst(['create-returns-201', 'json-as-text-plain'],
      ['--expectations', baseline]);

    expect(run.code).toBe(1);
    const blocking = run.report().results.filter((r) => r.status === 'failed'
      && !r.expectedFailure);
    expect(blocking.map((r) => r.check)).toContain('content-type-conformance');
  });

  it('names a known failure that now passes', async () => {
    const run = await runAgainst([], ['--expectations', baseline]);

    expect(run.code).toBe(0);
    expect(run.report().baseline?.nowPassing).toEqual([expect.objectContaining({
      check: 'status-code-conformance', operationId: 'createApplication' })]);
    expect(run.stdout).toMatch(/now passes, remove it from the baseline/);
  });
});
