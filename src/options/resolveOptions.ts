import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { SuiteError } from '../core/errors';
import { DEFAULT_SPEC_PATH } from '../spec/loadSpec';
import { type ExpectedFailure, loadExpectations } from '../run/expectations';
import type { SuiteName } from '../run/records';
import { type Budget, isLoopback, resolveBudget } from '../safety/budget';
import { DEFAULTS, SUITES } from './defaults';
import { DEFAULT_PROFILE, loadProfile, type TargetProfile } from './profile';

/** Everything a run reads, resolved and validated once; frozen so nothing changes it later. */
export interface ResolvedOptions {
  specPath: string;
  /** Base URL of the target; undefined means "start the embedded Prism mock". */
  target?: string;
  profile: TargetProfile;
  /** The --profile file, when one was given. */
  profilePath?: string;
  runs: number;
  seed: number;
  /** fast-check replay path of a failure, used with --operation to re-run one case. */
  replayPath?: string;
  operations: string[];
  /** Which suites run; all of them unless --suite narrows it. */
  suites: SuiteName[];
  /** Properties that may run at once against the target. */
  concurrency: number;
  /** Request, rate, resource and time limits for this target. */
  budget: Budget;
  /** `i/n`: run the i-th of n parts of the suite files (jest's sharding). */
  shard?: string;
  reportDir: string;
  failOnShould: boolean;
  verbose: boolean;
  help: boolean;
  listChecks: boolean;
  /** Print what would be sent and send nothing. */
  dryRun: boolean;
  /** The --expectations baseline file and what it lists. */
  expectationsPath?: string;
  expectations: ExpectedFailure[];
  /** Write the current failures to the --expectations file after the run. */
  updateExpectations: boolean;
}

export const USAGE = `Usage: npm run conformance -- [options]

Runs the OCI Functions conformance suites against a target and writes reports.
Without --target, an embedded Prism mock of the spec is started and stopped.

Options:
  --target URL         base URL of the server under test, path included
                       (e.g. http://127.0.0.1:8080/20181201)
  --profile FILE       target profile (JSON): headers, pins, field rules, timeouts
  --spec PATH          OpenAPI 3.0 document (default: spec/oci-functions-openapi.yaml)
  --oci-config FILE    sign requests with the OCI API key of this config file
  --oci-profile NAME   the profile of that file to sign with (default DEFAULT)
  --runs N             generated requests per property (default ${DEFAULTS.runs})
  --seed N             seed for the generators; the same seed repeats a run
  --operation ID       only this operationId (repeatable)
  --suite NAME         only this suite: ${SUITES.join(', ')} (repeatable)
  --concurrency N      properties run at once (default ${DEFAULTS.concurrency} on loopback,
                       ${DEFAULTS.remoteConcurrency} for other targets)
  --shard I/N          run the I-th of N parts of the suites (merge with merge-reports)
  --replay-path P      with --seed and one --operation: re-run a reported failure
  --report-dir DIR     where reports go (default ${DEFAULTS.reportDir}/)
  --fail-on-should     also exit 1 when a SHOULD check fails
  --expectations FILE  baseline of known failures: only new failures fail the run
  --update-expectations  write the current failures to the --expectations file
  --list-checks        print the check catalogue and exit
  --dry-run            print what would be sent (headers masked) and send nothing
  --verbose            show the cause of tool errors
  --help               this text

Exit codes: 0 conformant, 1 a MUST check failed, 2 the run could not happen
(bad flag, profile or spec; unreachable, hanging or non-HTTP target), 3 internal error,
130 interrupted.`;

const FLAGS = {
  target: { type: 'string' },
  profile: { type: 'string' },
  spec: { type: 'string' },
  runs: { type: 'string' },
  seed: { type: 'string' },
  operation: { type: 'string', multiple: true },
  suite: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
  'replay-path': { type: 'string' },
  'oci-config': { type: 'string' },
  'oci-profile': { type: 'string' },
  'report-dir': { type: 'string' },
  'fail-on-should': { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean' },
  'list-checks': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  expectations: { type: 'string' },
  'update-expectations': { type: 'boolean' },
} as const;

export function resolveOptions(argv: string[], env: NodeJS.ProcessEnv = {}): ResolvedOptions {
  let values: ReturnType<typeof parseFlags>;
  try {
    values = parseFlags(argv);
  } catch (cause) {
    throw new SuiteError('USAGE', `${(cause as Error).message.split('\n')[0]}; ` +
      'run with --help for the accepted options', { cause });
  }

  const target = values.target === undefined ? undefined : parseTarget(values.target);
  const baseProfile = values.profile ? loadProfile(values.profile)
    : target ? DEFAULT_PROFILE : loadProfile(DEFAULTS.prismProfilePath);
  const profile = withSigningFlags(baseProfile, values['oci-config'], values['oci-profile']);
  const seed = values.seed === undefined ? randomSeed(env)
    : parseInteger('--seed', values.seed, -(2 ** 31), 2 ** 31 - 1);
  const operations = values.operation ?? [];
  if (values['replay-path'] !== undefined && (values.seed === undefined
    || operations.length !== 1)) {
    throw new SuiteError('USAGE', '--replay-path needs the --seed and exactly one ' +
      '--operation of the failure it came from; copy the replay command from the report');
  }

  return Object.freeze({
    specPath: path.resolve(values.spec ?? DEFAULT_SPEC_PATH),
    target,
    profile,
    profilePath: values.profile ? path.resolve(values.profile) : undefined,
    runs: values.runs === undefined ? DEFAULTS.runs
      : parseInteger('--runs', values.runs, 1, 1_000_000),
    seed,
    replayPath: values['replay-path'],
    operations,
    suites: parseSuites(values.suite),
    budget: resolveBudget(target, profile.budget),
    concurrency: values.concurrency === undefined ? defaultConcurrency(target)
      : parseInteger('--concurrency', values.concurrency, 1, 256),
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    reportDir: path.resolve(values['report-dir'] ?? DEFAULTS.reportDir),
    failOnShould: values['fail-on-should'] === true,
    verbose: values.verbose === true,
    help: values.help === true,
    listChecks: values['list-checks'] === true,
    dryRun: values['dry-run'] === true,
    ...expectationOptions(values.expectations, values['update-expectations'] === true),
  });
}

function parseFlags(argv: string[]) {
  return parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false }).values;
}

function expectationOptions(file: string | undefined, update: boolean) {
  if (update && !file) {
    throw new SuiteError('USAGE', '--update-expectations needs --expectations FILE to ' +
      'write to');
  }
  if (!file) return { expectations: [], updateExpectations: false };
  const expectationsPath = path.resolve(file);
  // A baseline being written for the first time need not exist yet.
  const expectations = update && !existsSync(expectationsPath) ? []
    : loadExpectations(expectationsPath);
  return { expectationsPath, expectations, updateExpectations: update };
}

// --oci-config and --oci-profile turn signing on, or override where the profile's keys are.
function withSigningFlags(
  profile: TargetProfile,
  configFile: string | undefined,
  ociProfile: string | undefined,
): TargetProfile {
  if (configFile === undefined && ociProfile === undefined) return profile;
  return { ...profile, auth: {
    type: 'oci-signature',
    configFile: configFile === undefined ? profile.auth?.configFile : path.resolve(configFile),
    profile: ociProfile ?? profile.auth?.profile,
  } };
}

function defaultConcurrency(target: string | undefined): number {
  return isLoopback(target) ? DEFAULTS.concurrency : DEFAULTS.remoteConcurrency;
}

function parseShard(raw: string): string {
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) {
    throw new SuiteError('USAGE', `--shard expects I/N with 1 <= I <= N, such as 1/2, ` +
      `received '${raw}'`);
  }
  return `${index}/${count}`;
}

function parseSuites(raw: string[] | undefined): SuiteName[] {
  if (!raw || raw.length === 0) return [...SUITES];
  for (const name of raw) {
    if (!(SUITES as readonly string[]).includes(name)) {
      throw new SuiteError('USAGE', `--suite expects one of ${SUITES.join(', ')}, ` +
        `received '${name}'`);
    }
  }
  return [...new Set(raw)] as SuiteName[];
}

function parseTarget(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SuiteError('USAGE', `--target expects an absolute http(s) URL such as ` +
      `http://127.0.0.1:8080/20181201, received '${raw}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SuiteError('USAGE', `--target expects an http or https URL, received ` +
      `'${raw}' (${url.protocol})`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new SuiteError('USAGE', `--target takes a base URL without query, fragment or ` +
      `credentials, received '${raw}'; put credentials in the profile's headers`);
  }
  return url.toString().replace(/\/+$/, '');
}

function parseInteger(flag: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new SuiteError('USAGE', `${flag} expects a whole number from ${min} to ${max}, ` +
      `received '${raw}'`);
  }
  return value;
}

// CI pins the seed through the environment so every run of a pipeline is repeatable.
function randomSeed(env: NodeJS.ProcessEnv): number {
  if (env.CONFORMANCE_SEED !== undefined) {
    return parseInteger('CONFORMANCE_SEED', env.CONFORMANCE_SEED, -(2 ** 31), 2 ** 31 - 1);
  }
  return Math.floor(Math.random() * 2 ** 31);
}
