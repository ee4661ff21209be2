// The page's only stylesheet, inlined so the report is one file that works offline and in a
// CI artefact viewer. System fonts only; colours always come with a mark or a word, so the
// page reads the same printed in black and white.

export const HTML_STYLE = `
:root {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9;
  --warn: #9a6700; --warn-bg: #fff8c5; --skip: #59636e; --skip-bg: #eaeef2;
  --accent: #0969da;
  --mono: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #161b22; --line: #3d444d;
    --ok: #3fb950; --ok-bg: #12261e; --bad: #f85149; --bad-bg: #2d1214;
    --warn: #d29922; --warn-bg: #2b2111; --skip: #9198a1; --skip-bg: #1f242c;
    --accent: #4493f8;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; color: var(--fg); background: var(--bg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", Arial,
    sans-serif;
}
main { max-width: 1240px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: .02em; }
h2 { font-size: 18px; margin: 36px 0 12px; padding-bottom: 6px;
  border-bottom: 1px solid var(--line); }
h3 { font-size: 14px; margin: 16px 0 6px; text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); }
code, pre { font-family: var(--mono); font-size: 13px; }
a { color: var(--accent); }
.muted { color: var(--muted); }
.verdict { padding: 18px 22px; border-radius: 8px; background: var(--panel);
  border-left: 8px solid var(--skip); }
.verdict.conformant { border-left-color: var(--ok); }
.verdict.conformant h1 { color: var(--ok); }
.verdict.non-conformant { border-left-color: var(--bad); }
.verdict.non-conformant h1 { color: var(--bad); }
.verdict.error { border-left-color: var(--warn); }
.verdict.error h1 { color: var(--warn); }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 18px; margin: 12px 0 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.tool-errors { margin-top: 20px; padding: 14px 20px; border: 2px solid var(--bad);
  border-radius: 8px; background: var(--bad-bg); }
.tool-errors h2 { margin: 0 0 8px; border: 0; padding: 0; color: var(--bad); }
.tool-errors li { margin: 4px 0; }
.figures { display: flex; flex-wrap: wrap; gap: 20px; align-items: stretch; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; }
table { border-collapse: collapse; }
.counts th, .counts td { padding: 5px 14px; border-bottom: 1px solid var(--line); }
.counts td { text-align: right; font-variant-numeric: tabular-nums; }
.counts thead th { font-size: 13px; color: var(--muted); font-weight: 600; text-align: right; }
.counts th:first-child { text-align: left; }
.score { min-width: 230px; display: flex; flex-direction: column; gap: 4px; }
.score .label { font-size: 13px; color: var(--muted); }
.score .value { font-size: 30px; font-weight: 650; font-variant-numeric: tabular-nums; }
.score .fraction { color: var(--muted); margin-left: 6px; }
.bar { height: 6px; border-radius: 3px; background: var(--skip-bg); overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--accent); }
.bar.pass span { background: var(--ok); }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 0 0 10px; padding: 0;
  list-style: none; font-size: 13px; color: var(--muted); }
.legend .swatch { display: inline-block; width: 26px; margin-right: 6px; text-align: center;
  font-weight: 700; border: 1px solid var(--line); border-radius: 3px; }
.matrix-wrap { overflow: auto; max-height: 78vh; border: 1px solid var(--line);
  border-radius: 8px; }
.matrix { width: 100%; font-size: 13px; }
.matrix-wrap + h3 { margin-top: 22px; }
.matrix th, .matrix td { border-bottom: 1px solid var(--line); border-right: 1px solid var(--line);
  padding: 4px 8px; }
.matrix thead th { position: sticky; top: 0; z-index: 2; background: var(--panel);
  vertical-align: bottom; font-weight: 600; font-size: 12px; line-height: 1.3; }
.matrix thead th.check { min-width: 74px; max-width: 110px; text-align: center; }
.matrix .level { display: block; font-weight: 400; color: var(--muted); }
.matrix th.op { position: sticky; left: 0; z-index: 1; background: var(--bg); text-align: left;
  font-family: var(--mono); font-weight: 500; white-space: nowrap; }
.matrix thead th.op { z-index: 3; background: var(--panel); font-family: inherit; }
.matrix td.num { text-align: right; font-variant-numeric: tabular-nums; }
.coverage th, .coverage td { padding: 0.25rem 0.75rem; text-align: left;
  border-bottom: 1px solid var(--line, #ddd); }
.coverage td.num { text-align: right; font-variant-numeric: tabular-nums; }
.coverage td.unseen { color: var(--warn, #8a5a00); }
.matrix td.statuses { font-family: var(--mono); font-size: 12px; color: var(--muted);
  white-space: nowrap; }
.cell { text-align: center; font-weight: 700; }
.cell a { color: inherit; text-decoration: none; display: block; }
.cell.passed, .swatch.passed { background: var(--ok-bg); color: var(--ok); }
.cell.failed, .swatch.failed { background: var(--bad-bg); color: var(--bad); }
.cell.finding, .swatch.finding { background: var(--warn-bg); color: var(--warn); }
.cell.skipped, .swatch.skipped { background: var(--skip-bg); color: var(--skip); }
.cell.not-run, .swatch.not-run { background: repeating-linear-gradient(135deg, transparent 0 5px,
  var(--skip-bg) 5px 7px); }
details.failure { margin: 10px 0; border: 1px solid var(--line); border-left: 5px solid var(--bad);
  border-radius: 6px; }
details.failure.finding { border-left-color: var(--warn); }
details.failure:target { box-shadow: 0 0 0 3px var(--accent); }
details.failure > summary { cursor: pointer; padding: 9px 14px; }
details.failure .mark { color: var(--bad); }
details.failure.finding .mark { color: var(--warn); }
details.failure .gist { display: block; margin-left: 1.1em; font-size: 13px; color: var(--muted);
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
details.failure[open] > summary { border-bottom: 1px solid var(--line); }
.failure-body { padding: 4px 16px 14px; }
.failure-body p { margin: 10px 0 4px; }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 11px;
  font-weight: 700; letter-spacing: .04em; border: 1px solid currentColor; vertical-align: 1px; }
.badge.MUST { color: var(--bad); }
.badge.SHOULD { color: var(--warn); }
.kv { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; margin: 10px 0; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; overflow-wrap: anywhere; }
pre { margin: 4px 0 10px; padding: 10px 12px; background: var(--panel); border-radius: 6px;
  border: 1px solid var(--line); white-space: pre-wrap; overflow-wrap: anywhere;
  max-height: 26em; overflow: auto; }
.skips li { margin: 2px 0; }
footer { margin-top: 48px; font-size: 13px; color: var(--muted); }
@media (max-width: 640px) {
  main { padding: 12px 10px 40px; }
  .meta, .kv { grid-template-columns: 1fr; }
  .meta dd, .kv dd { margin-bottom: 6px; }
  .card { max-width: 100%; overflow-x: auto; padding: 10px 12px; }
  .counts th, .counts td { padding: 4px 8px; }
}
`;
