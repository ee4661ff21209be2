import { EXIT_CODES } from '../core/errors';
import { isBlockingFailure } from './levelPolicy';
import type { CheckResultRecord, RunRecord, ToolErrorRecord } from './records';

export type Verdict = 'conformant' | 'non-conformant' | 'error';

export interface RunVerdict {
  verdict: Verdict;
  exitCode: number;
  toolErrors: ToolErrorRecord[];
  blocking: CheckResultRecord[];
}

/** A tool error outranks findings: a run that could not finish proves nothing either way. */
export function decideVerdict(records: RunRecord[], failOnShould: boolean): RunVerdict {
  const toolErrors = records.filter((r): r is ToolErrorRecord => r.type === 'toolError');
  const blocking = records.filter((r): r is CheckResultRecord =>
    r.type === 'check' && isBlockingFailure(r, failOnShould));

  if (toolErrors.length > 0) {
    return { verdict: 'error', exitCode: EXIT_CODES.toolError, toolErrors, blocking };
  }
  if (blocking.length > 0) {
    return { verdict: 'non-conformant', exitCode: EXIT_CODES.nonConformant, toolErrors,
      blocking };
  }
  return { verdict: 'conformant', exitCode: EXIT_CODES.conformant, toolErrors, blocking };
}
