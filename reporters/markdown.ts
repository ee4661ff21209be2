import { escapeHtml } from './html';

// Markdown that renders as written on GitHub, whatever a target put in its responses: no
// stray table columns, no links or HTML smuggled in through a body, no broken code spans.

const CELL_LIMIT = 80;

/** One table cell: one line, capped, with Markdown's active characters made literal. */
export function cell(text: string, limit = CELL_LIMIT): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const short = line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
  // Backslash escapes cover `|` (a new column), backticks, emphasis, links and raw HTML.
  return short.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** A cell in code style for our own identifiers; anything unusual falls back to `cell`. */
export function codeCell(text: string): string {
  return /^[\w.:/-]+$/.test(text) ? `\`${text}\`` : cell(text);
}

/** An inline code span that stays one span even when the text holds backticks. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text.replace(/\s*\n\s*/g, ' ')}${pad}${ticks}`;
}

/** A fenced block whose fence is longer than any backtick run inside it. */
export function fence(text: string, info = ''): string[] {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return [`${ticks}${info}`, text, ticks];
}

/** A GitHub table: header row, alignment row, one row per entry (cells already escaped). */
export function table(header: string[], rows: string[][], align: Array<'l' | 'r'> = []):
  string[] {
  const rule = header.map((_, i) => (align[i] === 'r' ? '--:' : '---'));
  return [header, rule, ...rows].map((row) => `| ${row.join(' | ')} |`);
}

/** Lines folded under a summary; GitHub needs the blank line to render Markdown inside. */
export function collapsed(summary: string, lines: string[]): string[] {
  // An HTML block: Markdown escapes do not apply inside, HTML ones do.
  return [`<details><summary>${escapeHtml(summary)}</summary>`, '', ...lines, '', '</details>'];
}
