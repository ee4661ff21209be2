import type { CheckResultRecord, StatsRecord } from '../src/run/records';

export interface OperationCoverage {
  operationId: string;
  requests: number;
  /** Statuses the document declares (`200`, `4XX`, `default`). */
  documented: string[];
  /** Statuses the target answered, over every suite. */
  seen: string[];
  /** Declared responses no answer matched: parts of the contract the run never saw. */
  neverSeen: string[];
}

export interface Coverage {
  operations: OperationCoverage[];
  /** Per suite (class of checks): results exercised (not skipped) of all results. */
  suites: Array<{ suite: string; exercised: number; total: number }>;
}

/** What the run exercised: operations, documented responses seen and not, check classes. */
export function computeCoverage(
  documentedResponses: Record<string, string[]>,
  stats: Pick<StatsRecord, 'operationId' | 'requests' | 'statuses'>[],
  results: CheckResultRecord[],
): Coverage {
  const operations = Object.entries(documentedResponses).map(([operationId, documented]) => {
    const mine = stats.filter((s) => s.operationId === operationId);
    const seen = [...new Set(mine.flatMap((s) => Object.keys(s.statuses)))].sort();
    return {
      operationId,
      requests: mine.reduce((sum, s) => sum + s.requests, 0),
      documented,
      seen,
      neverSeen: documented.filter((declared) => !seen.some((status) =>
        covers(declared, status, documented))),
    };
  });

  const suites = [...new Set(results.map((r) => r.suite))].map((suite) => {
    const ofSuite = results.filter((r) => r.suite === suite);
    return { suite, total: ofSuite.length,
      exercised: ofSuite.filter((r) => r.status !== 'skipped').length };
  });
  return { operations, suites };
}

// The same precedence as the checks: an exact code first, then its range, then default.
function covers(declared: string, status: string, documented: string[]): boolean {
  if (declared === status) return true;
  const range = `${status[0]}XX`;
  if (declared === range) return !documented.includes(status);
  return declared === 'default' && !documented.includes(status) && !documented.includes(range);
}
