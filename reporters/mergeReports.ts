import { isBlockingFailure } from '../src/run/levelPolicy';
import type { CheckResultRecord } from '../src/run/records';
import { EXIT_CODES } from '../src/core/errors';
import { computeCoverage } from './coverage';
import { type ConformanceReport, summarise } from './reportModel';

/**
 * One report from the reports of several shards of the same run (same target, spec and
 * seed). Results, request counts, tool errors and leftovers are combined; counts, verdict
 * and exit code are worked out again from the combined results.
 */
export function mergeReports(reports: ConformanceReport[]): ConformanceReport {
  const [first] = reports;
  const results = dedupe(reports.flatMap((r) => r.results));
  const operations = reports.flatMap((r) => r.operations);
  const toolErrors = reports.flatMap((r) => r.toolErrors);
  const leftovers = reports.flatMap((r) => r.leftovers);
  const startedAt = reports.map((r) => r.startedAt).sort()[0];
  const finishedAt = reports.map((r) => r.finishedAt).sort().at(-1)!;
  const failOnShould = reports.some((r) => r.failOnShould);

  const blocking = results.some((r) => isBlockingFailure(r, failOnShould));
  const verdict = toolErrors.length > 0 ? 'error' : blocking ? 'non-conformant' : 'conformant';
  const exitCode = verdict === 'error' ? EXIT_CODES.toolError
    : verdict === 'non-conformant' ? EXIT_CODES.nonConformant : EXIT_CODES.conformant;

  return {
    ...first,
    startedAt,
    finishedAt,
    durationMs: Date.parse(finishedAt) - Date.parse(startedAt),
    verdict,
    exitCode,
    failOnShould,
    summary: { ...summarise(results, operations),
      retries: reports.reduce((sum, r) => sum + r.summary.retries, 0) },
    results,
    operations,
    toolErrors,
    leftovers,
    coverage: computeCoverage(Object.fromEntries(first.coverage.operations
      .map((o) => [o.operationId, o.documented])), operations, results),
    baseline: first.baseline && { ...first.baseline,
      nowPassing: mergedNowPassing(reports, results) },
  };
}

// A known failure passes in the merged run if some shard says so and no shard failed it.
function mergedNowPassing(reports: ConformanceReport[], results: CheckResultRecord[]) {
  const failed = (check: string, operationId: string) => results.some((r) =>
    r.check === check && r.operationId === operationId && r.status === 'failed');
  const seen = new Set<string>();
  return reports.flatMap((r) => r.baseline?.nowPassing ?? []).filter((entry) => {
    const key = `${entry.suite} ${entry.check} ${entry.operationId}`;
    if (seen.has(key) || failed(entry.check, entry.operationId)) return false;
    seen.add(key);
    return true;
  });
}

// Shards split suites between them, so a result appears once; if a file was run twice, a
// failure wins over a pass, so merging never hides one.
function dedupe(results: CheckResultRecord[]): CheckResultRecord[] {
  const byKey = new Map<string, CheckResultRecord>();
  for (const result of results) {
    const key = `${result.suite} ${result.check} ${result.operationId}`;
    const known = byKey.get(key);
    if (!known || rank(result) > rank(known)) byKey.set(key, result);
  }
  return [...byKey.values()];
}

function rank(result: CheckResultRecord): number {
  return { skipped: 0, passed: 1, failed: 2 }[result.status];
}
