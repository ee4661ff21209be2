import { isBlockingFailure } from '../src/run/levelPolicy';
import type { CheckResultRecord } from '../src/run/records';
import type { Verdict } from '../src/run/verdict';
import { checkCatalogue } from '../src/run/catalogue';
import type { ConformanceReport } from './reportModel';

// Figures the human-readable formats (HTML page, Markdown summary) share, computed here once
// so the two cannot disagree. Whether a failure blocks the run is levelPolicy's decision;
// this module only names the answer.

/** How one result reads in a report: `finding` is a failure that does not block the run. */
export type Outcome = 'passed' | 'failed' | 'finding' | 'skipped';

export function outcomeOf(result: CheckResultRecord, failOnShould: boolean): Outcome {
  if (result.status !== 'failed') return result.status;
  return isBlockingFailure(result, failOnShould) ? 'failed' : 'finding';
}

/** Marks that keep a result readable without colour (print, colour blindness, plain text). */
export const OUTCOME_MARKS: Record<Outcome, string> = {
  passed: '✓', failed: '✗', finding: '!', skipped: '–',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  'conformant': 'CONFORMANT', 'non-conformant': 'NON-CONFORMANT', 'error': 'ERROR',
};

/** One line that says why the verdict is what it is. */
export function verdictReason(report: ConformanceReport, failOnShould: boolean): string {
  const { blocking, findings } = failuresOf(report, failOnShould);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const notBlocking = findings.length
    ? `; ${count(findings.length, 'SHOULD finding')}, not blocking` : '';
  if (report.verdict === 'error') {
    return `${count(report.toolErrors.length, 'tool error')}: the run could not finish`;
  }
  if (blocking.length) return `${count(blocking.length, 'blocking failure')}${notBlocking}`;
  return `Every exercised MUST check passed${notBlocking}`;
}

export interface Score {
  part: number;
  whole: number;
}

/**
 * Coverage: the share of (check, operation) results that were exercised, i.e. not skipped.
 * Pass: the share of exercised results that passed. A finding counts as not passed.
 */
export function scoresOf(report: ConformanceReport): { coverage: Score; pass: Score } {
  const { total, byStatus } = report.summary;
  const exercised = total - byStatus.skipped;
  return { coverage: { part: exercised, whole: total },
    pass: { part: byStatus.passed, whole: exercised } };
}

/** "87.5%": one decimal, rounded down so that a single miss never shows as 100%. */
export function percentOf(score: Score): string {
  if (score.whole === 0) return '–';
  return `${(Math.floor((score.part * 1000) / score.whole) / 10).toFixed(1)}%`;
}

export function formatScore(score: Score): string {
  return `${percentOf(score)} (${score.part}/${score.whole})`;
}

/** Failures split by what they mean for the run, each list in report order. */
export function failuresOf(report: ConformanceReport, failOnShould: boolean):
  { blocking: CheckResultRecord[]; findings: CheckResultRecord[] } {
  const failed = report.results.filter((r) => r.status === 'failed');
  return { blocking: failed.filter((r) => isBlockingFailure(r, failOnShould)),
    findings: failed.filter((r) => !isBlockingFailure(r, failOnShould)) };
}

// Every check this build knows, per-exchange ones first, in the order reports list them.
const KNOWN_CHECKS = checkCatalogue();

/** The check's one-line rule; the id itself for a check this build does not know. */
export function checkTitle(id: string): string {
  return KNOWN_CHECKS.find((check) => check.id === id)?.title ?? id;
}

/** Check ids in catalogue order, then any others in the order the results mention them. */
export function checkIdsOf(results: readonly CheckResultRecord[]): string[] {
  const seen = new Set(results.map((r) => r.check));
  const known = KNOWN_CHECKS.map((check) => check.id).filter((id) => seen.has(id));
  return [...new Set([...known, ...seen])];
}

export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 120_000) return `${(ms / 1_000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1_000)} s`;
}

/** "2025-01-31 14:05:09 UTC": the ISO time, easier to read, still unambiguous. */
export function formatTime(iso: string): string {
  return `${iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')} UTC`;
}
