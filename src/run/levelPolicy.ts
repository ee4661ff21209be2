import type { CheckResultRecord } from './records';

// The one place that decides what a failed check means for the run: a MUST failure makes
// the target non-conformant; a SHOULD failure does only when the user opts in; a failure the
// baseline (--expectations) lists never does. The exit code, the JUnit file, the HTML and
// the console all ask here.

export function isBlockingFailure(record: CheckResultRecord, failOnShould: boolean): boolean {
  if (record.status !== 'failed' || record.expectedFailure) return false;
  return record.level === 'MUST' || failOnShould;
}
