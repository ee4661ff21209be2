import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';

import { startReferenceServer } from '../../fixtures/reference-server';
import { referenceProfile, runCli } from './runCli';

// The CLI as a new user meets it: the main job on the embedded mock, and every kind of bad
// input answered with one line and exit 2 within seconds.

function listen(server: net.Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () =>
    resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function expectOneLineError(run: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('npm run conformance', () => {
  it('passes the embedded Prism mock and writes the JSON report and JUnit', async () => {
    const run = await runCli('conformance', ['--seed', '7']);

    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const report = run.report();
    expect(report.verdict).toBe('conformant');
    expect(report.target.embeddedMock).toBe(true);
    expect(report.spec).toMatchObject({ title: 'Oracle Cloud Functions API',
      version: '20181201' });
    expect(report.seed).toBe(7);
    expect(report.summary.byLevel.MUST.passed).toBeGreaterThan(0);
    expect(report.results[0]).toEqual(expect.objectContaining({ check: expect.any(String),
      level: expect.stringMatching(/^(MUST|SHOULD)$/), operationId: expect.any(String),
      status: expect.stringMatching(/^(passed|failed|skipped)$/), message: expect.any(String) }));

    const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'reporters',
      'conformance-report.schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    const junit = readFileSync(path.join(run.reportDir, 'junit.xml'), 'utf8');
    const xsd = readFileSync(path.join(__dirname, '..', '..', 'reporters', 'junit.xsd'), 'utf8');
    const xml = await validateXML({ xml: [{ fileName: 'junit.xml', contents: junit }],
      schema: [{ fileName: 'junit.xsd', contents: xsd }] });
    expect(xml.errors).toEqual([]);
    expect(junit).toMatch(/<testcase classname="positive\.createApplication"/);
  });

  it('exits 1 and says 200 was documented when createApplication answers 201', async () => {
    const server = await startReferenceServer({ faults: ['create-returns-201'],
      auth: { bearerToken: 'tok' } });
    try {
      const run = await runCli('conformance', ['--target', server.url, '--profile',
        referenceProfile('tok', { stateful: false }), '--suite', 'positive',
        '--operation', 'createApplication', '--seed', '3']);

      expect(run.code).toBe(1);
      const entry = run.report().results.find((r) => r.status === 'failed')!;
      expect(entry).toMatchObject({ check: 'status-code-conformance', level: 'MUST',
        operationId: 'createApplication' });
      expect(entry.message).toMatch(/expected: one of 200\nreceived: 201/);
      expect(entry.message).toMatch(/reproduce: npm run conformance -- .*--seed 3/);
      expect(entry.message).toMatch(/curl:\s+curl .*-X POST/);
    } finally {
      await server.close();
    }
  });

  it('stops within seconds with one line for an unreachable target', async () => {
    const run = await runCli('conformance', ['--target', 'http://127.0.0.1:1']);

    expectOneLineError(run, /TARGET_UNREACHABLE: cannot reach .*ECONNREFUSED.*--target/);
    expect(run.durationMs).toBeLessThan(10_000);
  });

  it('stops with one line for a target that never answers', async () => {
    const hanging = http.createServer(() => { /* never answers */ });
    const url = await listen(hanging);
    try {
      const run = await runCli('conformance', ['--target', url, '--profile',
        referenceProfile('x', { requestTimeoutMs: 500 })]);

      expectOneLineError(run, /TARGET_TIMEOUT: .* no complete response within 500 ms/);
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
  });

  it('stops with one line for a target that does not speak HTTP', async () => {
    const garbage = net.createServer((socket) => socket.end('220 smtp ready\r\n'));
    const url = await listen(garbage);
    try {
      const run = await runCli('conformance', ['--target', url]);

      expectOneLineError(run, /TARGET_GARBAGE: .*not HTTP/);
    } finally {
      garbage.close();
    }
  });

  it.each([
    [['--runs', 'lots'], /USAGE: --runs expects a whole number/],
    [['--bogus'], /USAGE: Unknown option '--bogus'/],
    [['--spec', '/nonexistent.yaml'], /SPEC_UNREADABLE: .*nonexistent\.yaml/],
    [['--profile', '/nonexistent.json'], /PROFILE_INVALID: cannot read the profile/],
    [['--operation', 'nope'], /USAGE: --operation 'nope' is not in .* known operations/],
  ])('refuses %j with one line and exit 2', async (args, pattern) => {
    expectOneLineError(await runCli('conformance', args), pattern);
  });

  it('prints what it would send with --dry-run, masked, and sends nothing', async () => {
    const run = await runCli('conformance', ['--dry-run', '--target', 'http://127.0.0.1:1',
      '--profile', referenceProfile('dry-s3cret'), '--operation', 'createFunction',
      '--runs', '3', '--seed', '8']);

    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^ {2}POST http:\/\/127\.0\.0\.1:1\/functions$/m);
    expect(run.stdout).toMatch(/Authorization: Bearer <masked>/);
    expect(run.stdout).toMatch(/\(invalid: /);
    expect(run.stdout).not.toContain('dry-s3cret');
  });

  it('prints its usage with --help and exits 0', async () => {
    const run = await runCli('conformance', ['--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/--target URL/);
    expect(run.stdout).toMatch(/Exit codes: 0 conformant, 1/);
  });
});
