import type { CheckResultRecord } from '../src/run/records';
import type { Verdict } from '../src/run/verdict';
import { HTML_REPORT_FILE } from './htmlReporter';
import { cell, code, codeCell, collapsed, fence, table } from './markdown';
import {
  failuresOf, formatDuration, formatScore, scoresOf, VERDICT_LABELS, verdictReason,
} from './reportFigures';
import type { ConformanceReport } from './reportModel';

export interface MarkdownSummaryOptions {
  /** The run's --fail-on-should, with which the report's verdict was decided. */
  failOnShould: boolean;
}

const VERDICT_EMOJI: Record<Verdict, string> = {
  'conformant': '✅', 'non-conformant': '❌', 'error': '⚠️',
};

/** Lists longer than this fold under `<details>`, so a comment stays about one screen long. */
const OPEN_ROWS = 8;
/** Rows listed at most: a pull-request comment holds 65,536 characters; the HTML has them all. */
const MAX_ROWS = 50;
const MAX_COMMANDS = 10;

/** A summary for a pull-request comment or a GitHub job summary. Pure. */
export function toMarkdownSummary(
  report: ConformanceReport,
  options: MarkdownSummaryOptions,
): string {
  const { blocking, findings } = failuresOf(report, options.failOnShould);
  const { coverage, pass } = scoresOf(report);
  const lines = [
    `## ${VERDICT_EMOJI[report.verdict]} ${VERDICT_LABELS[report.verdict]}: ` +
      cell(`${report.spec.title} ${report.spec.version}`, 120),
    '',
    `${verdictReason(report, options.failOnShould)} · exit code ${report.exitCode}`,
    '',
    `Target ${code(report.target.url)}${report.target.embeddedMock ? ' (embedded mock)' : ''}` +
      ` · profile ${code(report.target.profile)} · seed ${code(String(report.seed))}` +
      ` · ${report.runs} runs per property · ${report.summary.requests} requests in ` +
      formatDuration(report.durationMs),
    '',
    ...countsTable(report),
    '',
    `**Coverage** ${formatScore(coverage)} results exercised · ` +
      `**Pass** ${formatScore(pass)} exercised results passed`,
    ...neverSeen(report),
    ...(report.leftovers.length ? ['', `**Left on the target** (npm run sweep retries): ` +
      report.leftovers.map((l) => `${l.kind} ${code(l.id)}`).join(', ')] : []),
    ...toolErrors(report),
    ...failureSection(`Blocking failures (${blocking.length})`, blocking),
    ...failureSection(`SHOULD findings, not blocking (${findings.length})`, findings),
    ...reproduce(report, blocking, findings.length > 0),
  ];
  return `${lines.join('\n')}\n`;
}

function neverSeen(report: ConformanceReport): string[] {
  const unseen = report.coverage.operations.filter((o) => o.neverSeen.length > 0)
    .map((o) => `${code(o.operationId)} ${o.neverSeen.join(', ')}`);
  return unseen.length ? ['', `Documented responses never seen: ${unseen.join(' · ')}`] : [];
}

function countsTable(report: ConformanceReport): string[] {
  const rows = (['MUST', 'SHOULD'] as const).map((level) => {
    const c = report.summary.byLevel[level];
    return [level, String(c.passed), String(c.failed), String(c.skipped)];
  });
  return table(['level', 'passed', 'failed', 'skipped'], rows, ['l', 'r', 'r', 'r']);
}

function toolErrors(report: ConformanceReport): string[] {
  if (report.toolErrors.length === 0) return [];
  const items = report.toolErrors.map((e) => `- **${code(e.code)}** ${cell(e.message, 300)}` +
    (e.operationId ? ` (${cell(`${e.suite ?? ''} ${e.operationId}`.trim())})` : ''));
  return ['', `### Tool errors (${items.length})`, '',
    ...foldIfLong(`${items.length} tool errors`, items)];
}

function failureSection(heading: string, results: CheckResultRecord[]): string[] {
  if (results.length === 0) return [];
  const rows = results.slice(0, MAX_ROWS).map((r) => [codeCell(r.check), r.level,
    `${codeCell(r.operationId)} (${r.suite})`,
    cell(r.failure?.expected ?? r.message, 60), cell(r.failure?.received ?? '', 60)]);
  const lines = [...table(['check', 'level', 'operation', 'expected', 'received'], rows),
    ...andMore(results.length - rows.length)];
  return ['', `### ${heading}`, '', ...foldIfLong(heading, lines, 2)];
}

// The seed repeats the whole run; a replay command repeats one failing case.
function reproduce(report: ConformanceReport, blocking: CheckResultRecord[],
  hasFindings: boolean): string[] {
  const commands = [...new Set(blocking.flatMap((r) => r.failure?.replayCommand ?? []))];
  const block = [...fence(commands.slice(0, MAX_COMMANDS).join('\n'), 'sh'),
    ...andMore(commands.length - MAX_COMMANDS)];
  const replays = commands.length === 0 ? []
    : ['', 'Each blocking failure alone:', '',
      ...(commands.length > 3 ? collapsed(`${commands.length} replay commands`, block) : block)];
  const details = blocking.length || hasFindings ? ['', 'Requests and responses of every ' +
    `failure: ${code(HTML_REPORT_FILE)} in the report directory.`] : [];
  return ['', '### Reproduce', '',
    `The whole run again: the same command with ${code(`--seed ${report.seed}`)}.`,
    ...replays, ...details];
}

function andMore(left: number): string[] {
  return left > 0 ? ['', `… and ${left} more in ${code(HTML_REPORT_FILE)}.`] : [];
}

function foldIfLong(summary: string, lines: string[], headerRows = 0): string[] {
  return lines.length - headerRows > OPEN_ROWS ? collapsed(summary, lines) : lines;
}
