import type fc from 'fast-check';

import { checksFor } from '../checks/registry';
import type { CheckContext } from '../checks/types';
import { formatSuiteError, isSuiteError, SuiteError } from '../core/errors';
import type { ApiModel, OperationModel } from '../spec/model';
import type { Transport } from '../transport/types';
import { type Chunk, chunksOf, mergeCheckRecords, mergeStats } from './mergeChunks';
import type { CheckResultRecord, StatsRecord, SuiteName } from './records';
import { recordResult } from './resultSink';
import type { RunContext } from './runContext';
import { replayCommand } from './replayCommand';
import { runProperty } from './runProperty';
import type { SuiteRequest } from './toOutgoing';
import { createdResourceTracker } from './trackCreated';

/** The requests a suite sends for an operation, or why it sends none. */
export type ArbitraryFactory = (operation: OperationModel, api: ApiModel, context: RunContext)
  => fc.Arbitrary<SuiteRequest> | { skip: string };

export interface SuiteTarget {
  api: ApiModel;
  transport: Transport;
}

/** How one chunk of an operation's property ended. */
interface PropertyOutcome {
  checks: CheckResultRecord[];
  stats?: StatsRecord;
  toolError?: SuiteError;
}

/** What an operation's jest test reports once all its chunks have run. */
export interface SettledOperation {
  toolError?: string;
  mustFailures: CheckResultRecord[];
}

/**
 * Starts every operation's property of a stateless suite, up to --concurrency at a time.
 * Without a replay path, a property with many runs is cut into chunks that run at once, so
 * one slow operation does not leave the others' share of the concurrency idle. Each
 * operation's results are recorded (chunks merged) as soon as all its chunks are done.
 */
export function runStatelessSuite(
  suite: SuiteName,
  context: RunContext,
  target: () => Promise<SuiteTarget>,
  makeArbitrary: ArbitraryFactory,
): Map<string, Promise<SettledOperation>> {
  const { options } = context;
  const chunks = options.replayPath ? [{ seed: options.seed, runs: options.runs }]
    : chunksOf(options.seed, options.runs);
  const work = context.operationIds.flatMap((operationId) =>
    chunks.map((chunk) => ({ operationId, chunk })));
  const outcomes = inPool(work, options.concurrency, async ({ operationId, chunk }) =>
    runOne(suite, operationId, chunk, context, await target(), makeArbitrary)
      .catch((error: unknown) => ({ checks: [], toolError: asToolError(error) })));

  return new Map(context.operationIds.map((operationId) => [operationId,
    Promise.all(outcomes.filter((_, i) => work[i].operationId === operationId))
      .then((mine) => settle(context, suite, operationId, mine))]));
}

async function runOne(
  suite: SuiteName,
  operationId: string,
  chunk: Chunk,
  context: RunContext,
  { api, transport }: SuiteTarget,
  makeArbitrary: ArbitraryFactory,
): Promise<PropertyOutcome> {
  const checks = checksFor(suite);
  const operation = api.operations.find((op) => op.operationId === operationId)!;
  const checkContext: CheckContext = { api,
    options: { acceptedRefusals: context.options.profile.acceptedRefusals } };

  const arbitrary = makeArbitrary(operation, api, context);
  if ('skip' in arbitrary) {
    return { checks: checks.map((check) => ({ type: 'check', check: check.id,
      level: check.level, suite, operationId, status: 'skipped', exchanges: 0,
      message: arbitrary.skip })) };
  }

  const result = await runProperty({
    suite, operation, arbitrary, checks, checkContext, transport,
    targetUrl: context.targetUrl,
    profileHeaders: context.options.profile.headers,
    signed: context.options.profile.auth !== undefined,
    seed: chunk.seed,
    runs: chunk.runs,
    replayPath: context.options.replayPath,
    replayCommand: (path) => replayCommand(context, suite, operationId, path, chunk.seed),
    onExchange: context.options.profile.stateful
      ? createdResourceTracker(api, context.runDir) : undefined,
  });
  return { checks: result.checks, stats: result.stats, toolError: result.toolError };
}

// A property that could not even start (a schema the generators cannot serve, a bug) must
// end the run as a tool error, never vanish from the records as if nothing had failed.
function asToolError(error: unknown): SuiteError {
  if (isSuiteError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SuiteError('INTERNAL', `a property failed to run: ${message}`, { cause: error });
}

/** Records an operation's results (its chunks merged) and says what its jest test reports. */
function settle(context: RunContext, suite: SuiteName, operationId: string,
  outcomes: PropertyOutcome[]): { toolError?: string; mustFailures: CheckResultRecord[] } {
  const recorded = outcomes.map((o) => o.checks).filter((c) => c.length > 0);
  const checks = recorded.length > 0 ? mergeCheckRecords(recorded) : [];
  for (const record of checks) recordResult(context.runDir, record);
  const stats = outcomes.flatMap((o) => (o.stats ? [o.stats] : []));
  if (stats.length > 0) recordResult(context.runDir, mergeStats(stats));

  const toolError = outcomes.find((o) => o.toolError)?.toolError;
  if (toolError) {
    recordResult(context.runDir, { type: 'toolError', code: toolError.code,
      message: toolError.message, suite, operationId });
  }
  // Failing the jest test too keeps jest's own view (and --bail, shards) consistent with ours.
  return {
    toolError: toolError && formatSuiteError(toolError),
    mustFailures: checks.filter((r) => r.status === 'failed' && r.level === 'MUST'),
  };
}

/** Starts `work` for every item, at most `limit` at a time; one promise per item. */
function inPool<I, T>(items: I[], limit: number, work: (item: I) => Promise<T>): Promise<T>[] {
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
  return items.map((item) => acquire().then(() => work(item)).finally(release));
}

