import fc from 'fast-check';

import { runChecks } from '../checks/registry';
import type { CheckContext, CheckDefinition, Exchange } from '../checks/types';
import { isSuiteError, SuiteError } from '../core/errors';
import type { OperationModel } from '../spec/model';
import type { Transport } from '../transport/types';
import { CheckTally, type FailureSample } from './checkTally';
import { toCheckRecord } from './toCheckRecord';
import type { CheckResultRecord, StatsRecord, SuiteName } from './records';
import { type SuiteRequest, toOutgoing } from './toOutgoing';

export interface PropertyRunOptions {
  suite: SuiteName;
  operation: OperationModel;
  arbitrary: fc.Arbitrary<SuiteRequest>;
  checks: readonly CheckDefinition[];
  checkContext: CheckContext;
  transport: Transport;
  targetUrl: string;
  profileHeaders: Record<string, string>;
  /** Whether the transport signs requests (OCI); changes what "wrong credentials" means. */
  signed?: boolean;
  seed: number;
  runs: number;
  replayPath?: string;
  /** Builds the command that replays one failure, given fast-check's path to it. */
  replayCommand: (path: string) => string;
  /** Told of every exchange before it is judged (notes resources a create left behind). */
  onExchange?: (exchange: Exchange) => void;
}

export interface PropertyRunResult {
  checks: CheckResultRecord[];
  stats: StatsRecord;
  toolError?: SuiteError;
}

/**
 * Sends generated requests for one operation and judges every response with every check.
 * A MUST violation fails the property, so fast-check shrinks the request to the smallest
 * one that still fails; SHOULD violations are recorded but never stop the run. A tool error
 * (target unreachable, hanging) ends the property at once without shrinking.
 */
export async function runProperty(options: PropertyRunOptions): Promise<PropertyRunResult> {
  const tallies = options.checks.map((check) => new CheckTally(check));
  const stats: StatsRecord = { type: 'stats', suite: options.suite,
    operationId: options.operation.operationId, requests: 0, statuses: {}, durationMs: 0 };
  let toolError: SuiteError | undefined;
  let generatedSoFar = 0;
  let shrinking = false;

  const predicate = async (generated: SuiteRequest): Promise<boolean> => {
    if (toolError) return true;
    const path = shrinking ? undefined : String(generatedSoFar++);

    let exchange: Exchange;
    try {
      exchange = await send(options, generated);
    } catch (error) {
      toolError = isSuiteError(error) ? error : new SuiteError('TARGET_UNREACHABLE',
        `sending a request failed unexpectedly: ${(error as Error).message}`, { cause: error });
      return true;
    }
    options.onExchange?.(exchange);
    stats.requests += 1;
    stats.durationMs += exchange.response.durationMs;
    const status = String(exchange.response.status);
    stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;

    let mustFailed = false;
    for (const [index, { outcome }] of
      runChecks(options.checks, options.checkContext, exchange).entries()) {
      const tally = tallies[index];
      if (!shrinking) {
        if (outcome.status === 'skipped') tally.skip(outcome.reason);
        else tally.judged += 1;
      }
      if (outcome.status !== 'failed') continue;

      const sample: FailureSample = { exchange, violations: outcome.violations, path,
        shrunk: shrinking };
      if (!tally.firstFailure) tally.firstFailure = sample;
      if (tally.check.level === 'MUST') {
        mustFailed = true;
        if (shrinking) tally.finalFailure = sample;
      }
    }
    if (mustFailed) shrinking = true;
    return !mustFailed;
  };

  const details = await fc.check(fc.asyncProperty(options.arbitrary, predicate), {
    seed: options.seed,
    numRuns: options.runs,
    path: options.replayPath,
    endOnFailure: false,
  });

  // fast-check ends on the smallest failing request; the last failure seen while shrinking
  // belongs to it, and its path is the one to replay.
  if (details.failed && details.counterexamplePath) {
    for (const tally of tallies) {
      if (tally.finalFailure) tally.finalFailure.path = details.counterexamplePath;
    }
  }
  if (details.failed && !toolError && details.errorInstance && !shrinking) {
    throw details.errorInstance;
  }

  const secrets = Object.values(options.profileHeaders);
  return {
    checks: tallies.map((tally) => toCheckRecord(tally, { ...options,
      operationId: options.operation.operationId }, secrets)),
    stats,
    toolError,
  };
}

async function send(options: PropertyRunOptions, generated: SuiteRequest):
  Promise<Exchange> {
  const request = toOutgoing(generated, options.operation.path, options.targetUrl,
    options.profileHeaders, options.signed);
  const response = await options.transport.send(request);
  return {
    operation: options.operation,
    request: { ...request, mutation: generated.mutation, credentials: generated.credentials },
    response,
  };
}
