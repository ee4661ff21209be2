import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { sweepLedger } from '../cleanup/sweepLedger';
import { EXIT_CODES, SuiteError } from '../core/errors';
import { DEFAULTS } from '../options/defaults';
import { resolveOptions, USAGE, type ResolvedOptions } from '../options/resolveOptions';
import { checkCatalogue, formatCatalogue } from '../run/catalogue';
import { describeDryRun } from '../run/dryRun';
import { createFixtureApplication } from '../run/fixtureApplication';
import { markInterrupted } from '../run/interruption';
import { markExpected, writeExpectations } from '../run/expectations';
import type { LeftoverRecord, RunRecord } from '../run/records';
import { readResults } from '../run/resultSink';
import { RUN_DIR_ENV, writeRunContext } from '../run/runContext';
import { type JestOutcome, runConformanceSuites } from '../run/runJest';
import { createTargetTransport } from '../run/targetTransport';
import { decideVerdict } from '../run/verdict';
import { findRoles } from '../spec/apiRoles';
import { DEFAULT_SPEC_PATH, loadSpec } from '../spec/loadSpec';
import type { ApiModel } from '../spec/model';
import { EmbeddedPrism } from '../target/embeddedPrism';
import { preflight } from '../target/preflight';
import { reportError } from './reportError';

/** What a run has started and must stop or delete again, whatever way it ends. */
interface RunState {
  options?: ResolvedOptions;
  api?: ApiModel;
  prism?: EmbeddedPrism;
  targetUrl?: string;
  runDir?: string;
}

/** `npm run conformance`: resolve, start the mock if needed, run the suites, decide. */
async function main(argv: string[]): Promise<number> {
  const state: RunState = {};
  onInterrupt(state);

  try {
    const options = state.options = resolveOptions(argv, process.env);
    if (options.help || options.listChecks) {
      process.stdout.write(`${options.help ? USAGE : formatCatalogue(checkCatalogue())}\n`);
      return EXIT_CODES.conformant;
    }
    const api = state.api = await loadSpec(options.specPath);
    const operationIds = selectOperations(api, options.operations);
    if (options.dryRun) {
      process.stdout.write(`${describeDryRun(options, api, operationIds).join('\n')}\n`);
      return EXIT_CODES.conformant;
    }
    ensureWritable(options.reportDir);

    if (!options.target) state.prism = new EmbeddedPrism({ specPath: options.specPath });
    const targetUrl = state.targetUrl = options.target ?? await state.prism!.start();
    await preflight(targetUrl, options.profile, api,
      Math.min(DEFAULTS.preflightTimeoutMs, options.profile.requestTimeoutMs));

    const runDir = state.runDir = mkdtempSync(path.join(os.tmpdir(), 'conformance-run-'));
    const runId = randomBytes(3).toString('hex');
    writeRunContext({ options, targetUrl, runDir, suites: options.suites, operationIds,
      startedAt: new Date().toISOString(), runId,
      spec: { title: api.title, version: api.version },
      specIsCustom: options.specPath !== path.resolve(DEFAULT_SPEC_PATH),
      documentedResponses: Object.fromEntries(api.operations
        .filter((op) => operationIds.includes(op.operationId))
        .map((op) => [op.operationId, op.responses.map((r) => r.status)])),
      fixtureApplicationId: await fixtureFor(options, api, targetUrl, runDir, runId) });
    process.stdout.write(`OCI Functions conformance: ${targetUrl}` +
      `${state.prism ? ' (embedded Prism mock)' : ''}, profile ${options.profile.name}, ` +
      `seed ${options.seed}, ${options.runs} runs per property\n`);

    process.env[RUN_DIR_ENV] = runDir;
    stopAfter(options.budget.runTimeoutMs, state);
    const jest = await runConformanceSuites(options);
    const records = readResults(runDir);
    assertRecordsAccountFor(jest, records, options);
    if (options.updateExpectations) return updateBaseline(options, records);
    return decideVerdict(markExpected(records, options.expectations),
      options.failOnShould).exitCode;
  } catch (error) {
    return reportError(error, state.options?.verbose ?? argv.includes('--verbose'));
  } finally {
    await finish(state);
  }
}

/** Deletes what a crashed or interrupted suite left, stops Prism, removes the run dir. */
async function finish(state: RunState): Promise<void> {
  const leftovers = await sweepLeftovers(state);
  for (const leftover of leftovers) {
    process.stderr.write(`could not delete ${leftover.kind} ${leftover.id}: ` +
      `${leftover.reason}; run npm run sweep to retry\n`);
  }
  await state.prism?.stop();
  if (state.runDir) rmSync(state.runDir, { recursive: true, force: true });
}

async function sweepLeftovers(state: RunState): Promise<LeftoverRecord[]> {
  const { options, api, runDir, targetUrl } = state;
  if (!options || !api || !runDir || !targetUrl) return [];
  const found = findRoles(api);
  if ('missing' in found) return [];

  const transport = createTargetTransport(options.profile, 2);
  try {
    return await sweepLedger(runDir, { transport, targetUrl, roles: found.roles,
      headers: options.profile.headers, timeoutMs: options.profile.lifecycleTimeoutMs });
  } finally {
    await transport.close();
  }
}

async function fixtureFor(options: ResolvedOptions, api: ApiModel, targetUrl: string,
  runDir: string, runId: string): Promise<string | undefined> {
  if (!options.profile.stateful || !options.suites.includes('negative')) return undefined;
  const transport = createTargetTransport(options.profile, 1);
  try {
    return await createFixtureApplication(api, options, transport, targetUrl, runDir,
      `${DEFAULTS.namePrefix}${runId}-fixture`);
  } finally {
    await transport.close();
  }
}

// jest and the records must agree: a suite file that crashed, or a failed test with no
// failure recorded, means results are missing, and a run with missing results cannot pass.
function assertRecordsAccountFor(jest: JestOutcome, records: RunRecord[],
  options: ResolvedOptions): void {
  const { blocking, toolErrors } = decideVerdict(records, true);
  if (jest.brokenFiles > 0 || (jest.failedTests > 0 && blocking.length === 0
    && toolErrors.length === 0)) {
    throw new Error(`jest reported ${jest.failedTests} failed test(s) and ` +
      `${jest.brokenFiles} suite file(s) that could not run, but the results do not say why` +
      `${options.verbose ? '' : '; run again with --verbose'}`);
  }
}

// The new baseline is every failure that would fail the run without one.
function updateBaseline(options: ResolvedOptions, records: RunRecord[]): number {
  const { blocking, toolErrors } = decideVerdict(records, options.failOnShould);
  if (toolErrors.length > 0) return EXIT_CODES.toolError;
  const written = writeExpectations(options.expectationsPath!, blocking, options.expectations);
  process.stdout.write(`wrote ${written} expected failure(s) to ${options.expectationsPath}\n`);
  return EXIT_CODES.conformant;
}

function selectOperations(api: ApiModel, wanted: string[]): string[] {
  const known = api.operations.map((op) => op.operationId);
  const unknown = wanted.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new SuiteError('USAGE', `--operation '${unknown[0]}' is not in ${api.title}; ` +
      `known operations: ${known.join(', ')}`);
  }
  return wanted.length > 0 ? known.filter((id) => wanted.includes(id)) : known;
}

function ensureWritable(reportDir: string): void {
  try {
    mkdirSync(reportDir, { recursive: true });
  } catch (cause) {
    throw new SuiteError('REPORT_UNWRITABLE', `cannot create the report directory ` +
      `${reportDir} (${(cause as NodeJS.ErrnoException).code}); pass a writable one with ` +
      '--report-dir DIR', { cause });
  }
}

// The budget's whole-run limit: stop as on Ctrl-C (deleting what was created), exit 2.
function stopAfter(runTimeoutMs: number, state: RunState): void {
  if (runTimeoutMs <= 0) return;
  setTimeout(() => {
    process.stderr.write(`error RUN_TIMEOUT: the run took longer than ${runTimeoutMs} ms; ` +
      'raise budget.runTimeoutMs in the profile, or lower --runs\n');
    if (state.runDir) markInterrupted(state.runDir);
    void finish(state).finally(() => process.exit(EXIT_CODES.toolError));
  }, runTimeoutMs).unref();
}

// Ctrl-C: tell the suites to stop creating, delete what they created, stop the mock, leave.
function onInterrupt(state: RunState): void {
  const handler = (signal: NodeJS.Signals) => {
    process.stderr.write(`\ninterrupted (${signal}); deleting what this run created\n`);
    if (state.runDir) markInterrupted(state.runDir);
    void finish(state).finally(() => process.exit(EXIT_CODES.interrupted));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => process.exit(reportError(error, true)),
);
