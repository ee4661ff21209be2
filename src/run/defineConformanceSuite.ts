import type fc from 'fast-check';

import { checksFor } from '../checks/registry';
import type { CheckContext } from '../checks/types';
import { formatSuiteError } from '../core/errors';
import { DEFAULTS } from '../options/defaults';
import { loadSpec } from '../spec/loadSpec';
import type { ApiModel, OperationModel } from '../spec/model';
import type { Transport } from '../transport/types';
import type { CheckResultRecord, SuiteName } from './records';
import { recordResult } from './resultSink';
import { readRunContext, type RunContext } from './runContext';
import { replayCommand } from './replayCommand';
import { runProperty } from './runProperty';
import { createdResourceTracker } from './trackCreated';
import { createTargetTransport } from './targetTransport';
import type { SuiteRequest } from './toOutgoing';

/** The requests a suite sends for an operation, or why it sends none. */
export type ArbitraryFactory = (operation: OperationModel, api: ApiModel, context: RunContext)
  => fc.Arbitrary<SuiteRequest> | { skip: string };

interface Shared {
  api: ApiModel;
  transport: Transport;
}

/** How one operation's property ended, for its jest test to report. */
interface PropertyOutcome {
  toolError?: string;
  mustFailures: CheckResultRecord[];
}

/**
 * Declares one jest test per operation for a stateless suite: each runs a fast-check property
 * over the requests `makeArbitrary` generates and records one result per check. The
 * properties of a suite are independent, so they all start when its first test does and
 * run up to --concurrency at a time; each test waits for its own. (jest's test.concurrent
 * is not used: with more tests at once than it expects, it tore the module registry down
 * under requests still in flight.)
 */
export function defineConformanceSuite(suite: SuiteName, makeArbitrary: ArbitraryFactory): void {
  const context = readRunContext();
  let shared: Promise<Shared> | undefined;
  const getShared = () => shared ??= (async () => ({
    api: await loadSpec(context.options.specPath),
    transport: createTargetTransport(context.options.profile, context.options.concurrency * 2),
  }))();
  let outcomes: Map<string, Promise<PropertyOutcome>> | undefined;
  const startAll = () => outcomes ??= inPool(context.operationIds, context.options.concurrency,
    async (operationId) => runOne(suite, operationId, context, await getShared(),
      makeArbitrary));

  afterAll(async () => {
    if (shared) await (await shared).transport.close();
  });

  if (!context.suites.includes(suite)) {
    test.skip(`${suite} suite not selected`, () => undefined);
    return;
  }

  for (const operationId of context.operationIds) {
    test(`${suite} ${operationId} [seed ${context.options.seed}]`, async () => {
      const outcome = await startAll().get(operationId)!;
      if (outcome.toolError) throw new Error(outcome.toolError);
      if (outcome.mustFailures.length > 0) {
        throw new Error(outcome.mustFailures.map((r) => r.message).join('\n\n'));
      }
    }, DEFAULTS.propertyTimeoutMs);
  }
}

async function runOne(
  suite: SuiteName,
  operationId: string,
  context: RunContext,
  { api, transport }: Shared,
  makeArbitrary: ArbitraryFactory,
): Promise<PropertyOutcome> {
  const checks = checksFor(suite);
  const operation = api.operations.find((op) => op.operationId === operationId)!;
  const checkContext: CheckContext = { api,
    options: { acceptedRefusals: [...DEFAULTS.acceptedRefusals] } };

  const arbitrary = makeArbitrary(operation, api, context);
  if ('skip' in arbitrary) {
    for (const check of checks) {
      recordResult(context.runDir, { type: 'check', check: check.id, level: check.level,
        suite, operationId, status: 'skipped', exchanges: 0, message: arbitrary.skip });
    }
    return { mustFailures: [] };
  }

  const result = await runProperty({
    suite, operation, arbitrary, checks, checkContext, transport,
    targetUrl: context.targetUrl,
    profileHeaders: context.options.profile.headers,
    signed: context.options.profile.auth !== undefined,
    seed: context.options.seed,
    runs: context.options.runs,
    replayPath: context.options.replayPath,
    replayCommand: (path) => replayCommand(context, suite, operationId, path),
    onExchange: context.options.profile.stateful
      ? createdResourceTracker(api, context.runDir) : undefined,
  });

  for (const record of result.checks) recordResult(context.runDir, record);
  recordResult(context.runDir, result.stats);
  if (result.toolError) {
    recordResult(context.runDir, { type: 'toolError', code: result.toolError.code,
      message: result.toolError.message, suite, operationId });
  }
  // Failing the jest test too keeps jest's own view (and --bail, shards) consistent with ours.
  return {
    toolError: result.toolError && formatSuiteError(result.toolError),
    mustFailures: result.checks.filter((r) => r.status === 'failed' && r.level === 'MUST'),
  };
}

/** Starts `work` for every item, at most `limit` at a time; one promise per item. */
function inPool<T>(items: string[], limit: number, work: (item: string) => Promise<T>):
  Map<string, Promise<T>> {
  const results = new Map<string, Promise<T>>();
  const waiting: Array<() => void> = [];
  let running = 0;
  const acquire = () => new Promise<void>((resolve) => {
    if (running < limit) {
      running += 1;
      resolve();
    } else {
      waiting.push(() => { running += 1; resolve(); });
    }
  });
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  for (const item of items) {
    results.set(item, acquire().then(() => work(item)).finally(release));
  }
  return results;
}

