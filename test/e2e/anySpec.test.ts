import path from 'node:path';

import { runCli } from './runCli';

// The generic stages (loading, generation, the stateless suites, reports) work on any
// OpenAPI 3.0 document, here a small one unrelated to OCI, served by the embedded Prism.

describe('--spec with another OpenAPI 3.0 document', () => {
  it('runs the generic suites against Prism on that document and passes', async () => {
    const spec = path.join(__dirname, 'fixtures', 'widgets-openapi.yaml');

    const run = await runCli('conformance', ['--spec', spec, '--seed', '12', '--runs', '20']);

    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const report = run.report();
    expect(report.spec).toMatchObject({ title: 'Widgets', version: '1.0' });
    const exercised = report.results.filter((r) => r.status === 'passed')
      .map((r) => `${r.suite} ${r.check} ${r.operationId}`);
    expect(exercised).toEqual(expect.arrayContaining([
      'positive status-code-conformance createWidget',
      'positive response-schema-conformance getWidget',
      'negative negative-data-rejection createWidget',
    ]));
    expect(report.results.filter((r) => r.suite === 'stateful')
      .every((r) => r.status === 'skipped')).toBe(true);
  });

  it('ends in a tool error, never a pass, when a schema cannot be generated', async () => {
    const spec = path.join(__dirname, 'fixtures', 'unservable-openapi.yaml');

    const run = await runCli('conformance', ['--spec', spec, '--seed', '1']);

    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/error SPEC_INVALID: cannot generate values for a schema/);
    expect(run.report().verdict).toBe('error');
  });
});
