import { html, rawHtml, type SafeHtml } from './html';
import { renderFailure } from './htmlFailure';
import { renderLegend, renderMatrix } from './htmlMatrix';
import { HTML_STYLE } from './htmlStyle';
import {
  failuresOf, formatDuration, formatTime, percentOf, scoresOf, VERDICT_LABELS,
  verdictReason, type Score,
} from './reportFigures';
import type { ConformanceReport } from './reportModel';

export interface HtmlReportOptions {
  /** The run's --fail-on-should, with which the report's verdict was decided. */
  failOnShould: boolean;
}

// No script may run in the page, even if a future change forgot to escape something; styles
// are inline. The page loads nothing from anywhere, so it works offline.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/** The whole report as one self-contained HTML page. Pure: same report, same page. */
export function toHtml(report: ConformanceReport, options: HtmlReportOptions): string {
  const label = VERDICT_LABELS[report.verdict];
  const { blocking, findings } = failuresOf(report, options.failOnShould);
  const { coverage, pass } = scoresOf(report);
  const indexOf = new Map(report.results.map((result, index) => [result, index]));
  const failureList = (list: typeof blocking, openFirst: boolean) => list.map((result, i) =>
    renderFailure(result, indexOf.get(result)!,
      { failOnShould: options.failOnShould, open: openFirst && i === 0 }));

  const page = html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${label} · ${report.spec.title} ${report.spec.version} conformance</title>
<style>${rawHtml(HTML_STYLE)}</style></head>
<body><main>
${header(report, label, options.failOnShould)}
${toolErrors(report)}
${leftovers(report)}
<h2>Summary</h2>
<div class="figures">${counts(report)}
  ${score('Coverage', 'results exercised (not skipped)', coverage, '')}
  ${score('Pass', 'exercised results that passed', pass, 'pass')}</div>
<h2>Checks by operation</h2>
${renderLegend()}
${renderMatrix(report, options.failOnShould)}
<h2>Failures <span class="muted">(${blocking.length} blocking the run)</span></h2>
${blocking.length ? failureList(blocking, true) : html`<p class="muted">None.</p>`}
${findings.length ? html`<h2>SHOULD findings <span class="muted">(${findings.length})</span></h2>
  <p class="muted">Reported, not blocking: a conforming service may differ here.
  <code>--fail-on-should</code> makes them fail the run.</p>
  ${failureList(findings, blocking.length === 0)}` : ''}
${coverageSection(report)}
${skipReasons(report)}
<footer>${report.tool.name} ${report.tool.version} · report format ${report.formatVersion} ·
  finished ${formatTime(report.finishedAt)}</footer>
</main></body></html>
`;
  return page.markup;
}

function header(report: ConformanceReport, label: string, failOnShould: boolean): SafeHtml {
  const target = report.target.embeddedMock
    ? html` <span class="muted">(embedded Prism mock)</span>` : '';
  return html`<header class="verdict ${report.verdict}">
  <h1>${label}</h1>
  <div>${verdictReason(report, failOnShould)} · exit code ${report.exitCode}</div>
  <dl class="meta">
    <dt>target</dt><dd><code>${report.target.url}</code>${target}</dd>
    <dt>profile</dt><dd>${report.target.profile}</dd>
    <dt>spec</dt><dd>${report.spec.title} ${report.spec.version}
      <span class="muted">(${report.spec.path})</span></dd>
    <dt>seed</dt><dd><code>${report.seed}</code> · ${report.runs} runs per property</dd>
    <dt>time</dt><dd>${formatTime(report.startedAt)} · ${formatDuration(report.durationMs)} ·
      ${report.summary.requests} requests</dd>
  </dl></header>`;
}

function toolErrors(report: ConformanceReport): SafeHtml | string {
  if (report.toolErrors.length === 0) return '';
  const items = report.toolErrors.map((error) => html`<li>
    <strong><code>${error.code}</code></strong> ${error.message}
    ${error.operationId ? html`<span class="muted">(${error.suite ?? ''}
    ${error.operationId})</span>` : ''}</li>`);
  return html`<section class="tool-errors" role="alert">
    <h2>Tool errors: the run could not finish, so the results below prove nothing</h2>
    <ul>${items}</ul></section>`;
}

function counts(report: ConformanceReport): SafeHtml {
  const rows = (['MUST', 'SHOULD'] as const).map((level) => {
    const c = report.summary.byLevel[level];
    return html`<tr><th scope="row"><span class="badge ${level}">${level}</span></th>
      <td>${c.passed}</td><td>${c.failed}</td><td>${c.skipped}</td>
      <td>${c.passed + c.failed + c.skipped}</td></tr>`;
  });
  const all = report.summary.byStatus;
  return html`<div class="card"><table class="counts">
    <thead><tr><th>level</th><th>passed</th><th>failed</th><th>skipped</th><th>total</th></tr>
    </thead><tbody>${rows}<tr><th scope="row">all</th><td>${all.passed}</td>
    <td>${all.failed}</td><td>${all.skipped}</td><td>${report.summary.total}</td></tr>
    </tbody></table></div>`;
}

function score(name: string, meaning: string, value: Score, kind: string): SafeHtml {
  const width = value.whole ? (value.part / value.whole) * 100 : 0;
  return html`<div class="card score"><div class="label">${name}</div>
    <div><span class="value">${percentOf(value)}</span>
    <span class="fraction">${value.part}/${value.whole}</span></div>
    <div class="bar ${kind}"><span style="width:${width.toFixed(1)}%"></span></div>
    <div class="label">${meaning}</div></div>`;
}

// Why results were not exercised: the other half of the coverage score.
function skipReasons(report: ConformanceReport): SafeHtml | string {
  const reasons = new Map<string, number>();
  for (const r of report.results) {
    if (r.status === 'skipped') reasons.set(r.message, (reasons.get(r.message) ?? 0) + 1);
  }
  if (reasons.size === 0) return '';
  const items = [...reasons].sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => html`<li><strong>${n}×</strong> ${reason}</li>`);
  return html`<h2>Skipped <span class="muted">(${report.summary.byStatus.skipped})</span></h2>
    <details><summary>Why results were not exercised</summary>
    <ul class="skips">${items}</ul></details>`;
}

function coverageSection(report: ConformanceReport): SafeHtml {
  const rows = report.coverage.operations.map((o) => html`<tr>
    <th scope="row">${o.operationId}</th>
    <td class="num">${String(o.requests)}</td><td>${o.documented.join(', ')}</td>
    <td>${o.seen.join(', ') || '–'}</td>
    <td class="${o.neverSeen.length ? 'unseen' : ''}">${o.neverSeen.join(', ') || '–'}</td>
    </tr>`);
  const suites = report.coverage.suites.map((s) =>
    `${s.suite} ${s.exercised}/${s.total}`).join(' · ');
  return html`<h2>Coverage</h2>
<p class="muted">Results exercised per check class: ${suites || 'none'}.</p>
<table class="coverage"><thead><tr><th scope="col">Operation</th><th scope="col">Requests</th>
<th scope="col">Documented</th><th scope="col">Seen</th>
<th scope="col">Documented, never seen</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function leftovers(report: ConformanceReport): SafeHtml | string {
  if (report.leftovers.length === 0) return '';
  const items = report.leftovers.map((l) =>
    html`<li><code>${l.kind} ${l.id}</code>: ${l.reason}</li>`);
  return html`<section class="tool-errors" role="alert">
    <h2>Left on the target: the suite could not delete these (npm run sweep retries)</h2>
    <ul>${items}</ul></section>`;
}
