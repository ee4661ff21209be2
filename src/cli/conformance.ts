import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  EXIT_CODES, formatSuiteError, isSuiteError, SuiteError,
} from '../core/errors';
import { DEFAULT_SPEC_PATH, loadSpec } from '../spec/loadSpec';
import type { ApiModel } from '../spec/model';
import { DEFAULTS } from '../options/defaults';
import { resolveOptions, USAGE, type ResolvedOptions } from '../options/resolveOptions';
import { readResults } from '../run/resultSink';
import { RUN_DIR_ENV, writeRunContext } from '../run/runContext';
import { runConformanceSuites } from '../run/runJest';
import { decideVerdict } from '../run/verdict';
import { EmbeddedPrism } from '../target/embeddedPrism';
import { preflight } from '../target/preflight';

const ISSUES_URL = 'https://github.com/oci-functions-conformance/oci-functions-conformance/issues';

/** `npm run conformance`: resolve, start the mock if needed, run the suites, decide. */
async function main(argv: string[]): Promise<number> {
  let prism: EmbeddedPrism | undefined;
  let runDir: string | undefined;
  const cleanUp = async () => {
    await prism?.stop();
    if (runDir) rmSync(runDir, { recursive: true, force: true });
  };
  onInterrupt(cleanUp);

  let options: ResolvedOptions | undefined;
  try {
    options = resolveOptions(argv, process.env);
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT_CODES.conformant;
    }
    const api = await loadSpec(options.specPath);
    const operationIds = selectOperations(api, options.operations);
    ensureWritable(options.reportDir);

    let targetUrl = options.target;
    if (!targetUrl) {
      prism = new EmbeddedPrism({ specPath: options.specPath });
      targetUrl = await prism.start();
    }
    await preflight(targetUrl, options.profile, api,
      Math.min(DEFAULTS.preflightTimeoutMs, options.profile.requestTimeoutMs));

    runDir = mkdtempSync(path.join(os.tmpdir(), 'conformance-run-'));
    writeRunContext({ options, targetUrl, runDir, suites: options.suites, operationIds,
      startedAt: new Date().toISOString(), runId: randomBytes(3).toString('hex'), spec: { title: api.title, version: api.version },
      specIsCustom: options.specPath !== path.resolve(DEFAULT_SPEC_PATH) });
    process.stdout.write(`OCI Functions conformance: ${targetUrl}` +
      `${prism ? ' (embedded Prism mock)' : ''}, profile ${options.profile.name}, ` +
      `seed ${options.seed}, ${options.runs} runs per property\n`);

    process.env[RUN_DIR_ENV] = runDir;
    await runConformanceSuites(options);
    return decideVerdict(readResults(runDir), options.failOnShould).exitCode;
  } catch (error) {
    return reportError(error, options?.verbose ?? argv.includes('--verbose'));
  } finally {
    await cleanUp();
  }
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

function reportError(error: unknown, verbose: boolean): number {
  if (isSuiteError(error)) {
    process.stderr.write(`${formatSuiteError(error)}\n`);
    if (verbose && error.cause) process.stderr.write(`cause: ${String(error.cause)}\n`);
    return EXIT_CODES.toolError;
  }
  process.stderr.write(`internal error: ${(error as Error)?.message ?? String(error)}; ` +
    `this is a bug in the suite, please report it at ${ISSUES_URL}\n`);
  if (verbose) process.stderr.write(`${(error as Error)?.stack}\n`);
  return EXIT_CODES.internalError;
}

// Ctrl-C: stop the mock and remove the run directory before leaving, whatever is running.
function onInterrupt(cleanUp: () => Promise<void>): void {
  const handler = (signal: NodeJS.Signals) => {
    process.stderr.write(`\ninterrupted (${signal}); stopping\n`);
    void cleanUp().finally(() => process.exit(EXIT_CODES.interrupted));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => process.exit(reportError(error, true)),
);
