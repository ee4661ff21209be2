import type { CheckResultRecord } from '../src/run/records';
import { escapeHtml, html, rawHtml, type SafeHtml } from './html';
import { failureAnchor } from './htmlFailure';
import {
  checkIdsOf, checkTitle, OUTCOME_MARKS, outcomeOf, type Outcome,
} from './reportFigures';
import type { ConformanceReport } from './reportModel';

type OperationStats = ConformanceReport['operations'][number];

/** One row of the matrix: an operation as one suite exercised it. */
export interface MatrixRow {
  suite: string;
  operationId: string;
  /** Result per check id, with its index in `report.results` (the failure's anchor). */
  cells: Map<string, { result: CheckResultRecord; index: number }>;
  stats?: OperationStats;
}

/**
 * Rows in report order. A row is a (suite, operation) pair rather than an operation, because
 * the suites send different requests and each cell should be exactly one result.
 */
export function matrixRows(report: ConformanceReport): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  const rowOf = (suite: string, operationId: string) => {
    const key = `${suite} ${operationId}`;
    if (!rows.has(key)) rows.set(key, { suite, operationId, cells: new Map() });
    return rows.get(key)!;
  };

  report.results.forEach((result, index) => {
    rowOf(result.suite, result.operationId).cells.set(result.check, { result, index });
  });
  for (const stats of report.operations) rowOf(stats.suite, stats.operationId).stats = stats;
  return [...rows.values()];
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  passed: 'passed', failed: 'failed (blocks the run)',
  finding: 'SHOULD finding (reported, not blocking)', skipped: 'skipped (nothing to judge)',
};

export function renderLegend(): SafeHtml {
  const items = (Object.keys(OUTCOME_WORDS) as Outcome[]).map((outcome) => html`
    <li><span class="swatch ${outcome}">${OUTCOME_MARKS[outcome]}</span>
    ${OUTCOME_WORDS[outcome]}</li>`);
  return html`<ul class="legend">${items}
    <li><span class="swatch not-run">&nbsp;</span>not run (the check does not apply)</li></ul>`;
}

/** One table per suite, with the checks that suite ran: the suites share few checks. */
export function renderMatrix(report: ConformanceReport, failOnShould: boolean): SafeHtml {
  const bySuite = new Map<string, MatrixRow[]>();
  for (const row of matrixRows(report)) {
    bySuite.set(row.suite, [...(bySuite.get(row.suite) ?? []), row]);
  }
  if (bySuite.size === 0) return html`<p class="muted">No results: no check ran.</p>`;
  return html`${[...bySuite].map(([suite, rows]) => suiteTable(suite, rows, failOnShould))}`;
}

function suiteTable(suite: string, rows: MatrixRow[], failOnShould: boolean): SafeHtml {
  const results = rows.flatMap((row) => [...row.cells.values()].map(({ result }) => result));
  const checks = checkIdsOf(results);
  const levels = new Map(results.map((r) => [r.check, r.level]));
  const head = checks.map((id) => html`<th class="check" scope="col" title="${checkTitle(id)}">
    ${breakable(id)}<span class="level">${levels.get(id)}</span></th>`);
  const body = rows.map((row) => html`<tr><th class="op" scope="row">${row.operationId}</th>
    <td class="num">${row.stats?.requests ?? '–'}</td>
    ${checks.map((id) => cell(row, id, failOnShould))}
    <td class="statuses">${statusesOf(row.stats)}</td></tr>`);

  return html`<h3>${suite} suite <span class="muted">· ${rows.length} operations</span></h3>
    <div class="matrix-wrap"><table class="matrix" data-suite="${suite}">
    <thead><tr><th class="op" scope="col">operation</th><th scope="col">requests</th>${head}
    <th scope="col">responses</th></tr></thead>
    <tbody>${body}</tbody></table></div>`;
}

function cell(row: MatrixRow, checkId: string, failOnShould: boolean): SafeHtml {
  const entry = row.cells.get(checkId);
  if (!entry) return html`<td class="cell not-run" title="not run"></td>`;

  const { result, index } = entry;
  const outcome = outcomeOf(result, failOnShould);
  const title = `${checkId} on ${row.operationId}: ${OUTCOME_WORDS[outcome]}` +
    (outcome === 'passed' ? ` over ${result.exchanges} exchanges` : '') +
    (outcome === 'skipped' ? ` — ${result.message}` : '');
  const mark = result.status === 'failed'
    ? html`<a href="#${failureAnchor(index)}">${OUTCOME_MARKS[outcome]}</a>`
    : OUTCOME_MARKS[outcome];
  return html`<td class="cell ${outcome}" title="${title}">${mark}</td>`;
}

// Check ids are long; let the narrow columns wrap them after a hyphen, nowhere else.
function breakable(id: string): SafeHtml {
  return rawHtml(escapeHtml(id).replace(/-/g, '-<wbr>'));
}

function statusesOf(stats: OperationStats | undefined): string {
  if (!stats) return '';
  return Object.entries(stats.statuses)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
}
