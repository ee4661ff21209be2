import { readFileSync } from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from '../src/options/defaults';
import type {
  CheckResultRecord, LeftoverRecord, ResultStatus, StatsRecord, ToolErrorRecord, RunRecord,
} from '../src/run/records';
import type { RunContext } from '../src/run/runContext';
import { type CatalogueEntry, checkCatalogue } from '../src/run/catalogue';
import { type Coverage, computeCoverage } from './coverage';
import { type ExpectedFailure, markExpected, nowPassing } from '../src/run/expectations';
import { decideVerdict, type Verdict } from '../src/run/verdict';

// The structured report every reporter renders. Built once from the run directory's records;
// reporters read this, never jest's failure text.

export const REPORT_FORMAT_VERSION = 1;

type Counts = Record<ResultStatus, number>;

export interface ConformanceReport {
  formatVersion: number;
  tool: { name: string; version: string };
  target: { url: string; profile: string; embeddedMock: boolean };
  spec: { title: string; version: string; path: string };
  seed: number;
  runs: number;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  verdict: Verdict;
  exitCode: number;
  /** Whether SHOULD failures fail the run (--fail-on-should). */
  failOnShould: boolean;
  summary: {
    total: number;
    byStatus: Counts;
    byLevel: { MUST: Counts; SHOULD: Counts };
    requests: number;
    /** Requests sent again after a 429 or 503 (the profile's budget.retryAttempts). */
    retries: number;
  };
  results: CheckResultRecord[];
  operations: Array<{ operationId: string; suite: string; requests: number;
    statuses: Record<string, number>; meanDurationMs: number }>;
  toolErrors: ToolErrorRecord[];
  /** Resources the suite created and could not delete again. */
  leftovers: LeftoverRecord[];
  /** The catalogue of the checks, each result's `check` is an id of it. */
  checks: CatalogueEntry[];
  /** What the run exercised, and which documented responses it never saw. */
  coverage: Coverage;
  /** With --expectations: the baseline and the known failures that now pass. */
  baseline?: { file: string; expectedFailures: number; nowPassing: ExpectedFailure[] };
}

export function buildReport(
  context: RunContext,
  rawRecords: RunRecord[],
  finishedAt: Date,
): ConformanceReport {
  const { expectations, expectationsPath } = context.options;
  const records = markExpected(rawRecords, expectations ?? []);
  const results = records.filter((r): r is CheckResultRecord => r.type === 'check');
  const stats = records.filter((r): r is StatsRecord => r.type === 'stats');
  const { verdict, exitCode, toolErrors } = decideVerdict(records, context.options.failOnShould);
  const started = new Date(context.startedAt);

  return {
    formatVersion: REPORT_FORMAT_VERSION,
    tool: toolInfo(),
    target: { url: context.targetUrl, profile: context.options.profile.name,
      embeddedMock: context.options.target === undefined },
    spec: { ...context.spec, path: context.options.specPath },
    seed: context.options.seed,
    runs: context.options.runs,
    startedAt: context.startedAt,
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - started.getTime(),
    verdict,
    exitCode,
    failOnShould: context.options.failOnShould,
    summary: { ...summarise(results, stats),
      retries: records.filter((r) => r.type === 'retry').length },
    results: sortResults(results, context),
    operations: stats.map((s) => ({ operationId: s.operationId, suite: s.suite,
      requests: s.requests, statuses: s.statuses,
      meanDurationMs: s.requests ? Math.round((s.durationMs / s.requests) * 10) / 10 : 0 })),
    toolErrors,
    leftovers: records.filter((r): r is LeftoverRecord => r.type === 'leftover'),
    checks: checkCatalogue(),
    coverage: computeCoverage(context.documentedResponses ?? {}, stats, results),
    ...(expectationsPath ? { baseline: { file: expectationsPath,
      expectedFailures: expectations.length, nowPassing: nowPassing(records, expectations) } }
      : {}),
  };
}

export function summarise(results: CheckResultRecord[], stats: Pick<StatsRecord, 'requests'>[]):
  Omit<ConformanceReport['summary'], 'retries'> {
  const counts = (): Counts => ({ passed: 0, failed: 0, skipped: 0 });
  const summary = { total: results.length, byStatus: counts(),
    byLevel: { MUST: counts(), SHOULD: counts() },
    requests: stats.reduce((sum, s) => sum + s.requests, 0) };
  for (const result of results) {
    summary.byStatus[result.status] += 1;
    summary.byLevel[result.level][result.status] += 1;
  }
  return summary;
}

// Workers finish in any order; reports list results in the document's operation order.
function sortResults(results: CheckResultRecord[], context: RunContext): CheckResultRecord[] {
  const rank = (r: CheckResultRecord) =>
    context.suites.indexOf(r.suite) * 10_000 + context.operationIds.indexOf(r.operationId);
  return [...results].sort((a, b) => rank(a) - rank(b));
}

function toolInfo(): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as
    { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}
