import { maskText } from '../core/mask';
import { toCurl } from './curl';
import type { CheckTally } from './checkTally';
import type { MutationRecord } from '../checks/types';
import type { CheckResultRecord, FailureDetails, SuiteName } from './records';
import { summariseRequest, summariseResponse } from './summarise';

export interface RecordContext {
  suite: SuiteName;
  operationId: string;
  seed: number;
  replayCommand: (path: string) => string;
}

/** Turns what a check saw over a property run into the one result a report lists. */
export function toCheckRecord(
  tally: CheckTally,
  options: RecordContext,
  secrets: string[],
): CheckResultRecord {
  const base = {
    type: 'check' as const,
    check: tally.check.id,
    level: tally.check.level,
    suite: options.suite,
    operationId: options.operationId,
    exchanges: tally.judged,
  };

  const failure = tally.failure;
  if (failure) {
    const [first] = failure.violations;
    const { exchange } = failure;
    const replayCommand = failure.path === undefined
      ? `${options.replayCommand('')} (no replay path: the failure came up while shrinking)`
      : options.replayCommand(failure.path);
    const details = {
      expected: maskText(first.expected, secrets),
      received: maskText(first.received, secrets),
      where: first.where,
      violationCount: failure.violations.length,
      mutation: mutationSummary(exchange.request.mutation),
      request: summariseRequest(exchange.request, secrets),
      response: summariseResponse(exchange.response, secrets),
      seed: options.seed,
      path: failure.path,
      replayCommand,
      curl: toCurl(exchange.request),
      shrunk: failure.shrunk,
      sequence: failure.sequence,
    };
    return { ...base, status: 'failed', message: failureMessage(tally, details), failure: details };
  }

  if (tally.judged > 0) {
    return { ...base, status: 'passed', message: `held for ${tally.judged} exchanges` };
  }
  return { ...base, status: 'skipped',
    message: tally.commonestSkipReason ?? 'no exchange to judge' };
}

const MAX_MUTATION_VALUE = 200;

function mutationSummary(mutation: MutationRecord | undefined): FailureDetails['mutation'] {
  if (!mutation) return undefined;
  const { keyword, pointer, location, description } = mutation;
  if (!('after' in mutation)) return { keyword, pointer, location, description };
  const text = JSON.stringify(mutation.after) ?? 'undefined';
  const after = text.length > MAX_MUTATION_VALUE ? `${text.slice(0, MAX_MUTATION_VALUE)}…` : text;
  return { keyword, pointer, location, description, after };
}

function failureMessage(
  tally: CheckTally,
  details: NonNullable<CheckResultRecord['failure']>,
): string {
  const lines = [
    `${tally.check.title} [${tally.check.level}]`,
    `expected: ${details.expected}`,
    `received: ${details.received}`,
  ];
  if (details.where) lines.push(`where:    ${details.where}`);
  if (details.violationCount > 1) {
    lines.push(`          (+${details.violationCount - 1} more violations in this response)`);
  }
  if (details.mutation) lines.push(`invalid because: ${details.mutation.description}`);
  if (details.sequence) lines.push(`sequence: ${details.sequence}`);
  lines.push(`request:  ${details.request.method} ${details.request.url}` +
    `${details.shrunk ? ' (shrunk)' : ''}`);
  lines.push(`reproduce: ${details.replayCommand}`);
  lines.push(`curl:     ${details.curl}`);
  return lines.join('\n');
}
