import { toMarkdownSummary } from '../../reporters/markdownSummary';
import type { RunRecord } from '../../src/run/records';
import { failureDetails, sampleReport } from './sampleReport';

/** The lines under a `### ` heading that starts with `title`, up to the next heading. */
function section(markdown: string, title: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`### ${title}`));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('#'));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

// A cell boundary is a `|` that no backslash escapes.
const columns = (row: string) => row.split(/(?<!\\)\|/).length - 2;

describe('toMarkdownSummary', () => {
  const markdown = toMarkdownSummary(sampleReport(), { failOnShould: false });

  it('opens with the verdict, its reason, the target and the seed', () => {
    const [heading, , reason, , run] = markdown.split('\n');

    expect(heading).toBe('## ❌ NON-CONFORMANT: Functions Service API 20181201');
    expect(reason).toBe('2 blocking failures; 1 SHOULD finding, not blocking · exit code 1');
    expect(run).toContain('Target `http://127.0.0.1:8080/20181201`');
    expect(run).toContain('seed `424242`');
  });

  it('gives counts per level and both scores', () => {
    expect(markdown).toContain('| MUST | 18 | 2 | 1 |\n| SHOULD | 8 | 1 | 0 |');
    expect(markdown).toContain('**Coverage** 96.6% (29/30)');
    expect(markdown).toContain('**Pass** 89.6% (26/29)');
  });

  it('lists MUST failures as blocking and the SHOULD finding apart, as not blocking', () => {
    const blocking = section(markdown, 'Blocking failures (2)').join('\n');
    const findings = section(markdown, 'SHOULD findings, not blocking (1)').join('\n');

    expect(blocking).toContain('| `response-schema-conformance` | MUST | `createApplication` ' +
      '(positive) | body matches #/components/schemas/Application | displayName: 7 |');
    expect(blocking).toContain('| `negative-data-rejection` | MUST |');
    expect(blocking).not.toContain('error-body-shape');
    expect(findings).toContain('| `error-body-shape` | SHOULD | `getApplication` (positive) |');
  });

  it('escapes pipes and backticks so each row keeps its five columns', () => {
    const rows = section(markdown, 'SHOULD findings').filter((line) => line.startsWith('|'));

    expect(rows[2]).toContain('a string \\`code\\` | no code \\| none |');
    expect(rows.map(columns)).toEqual([5, 5, 5]);
  });

  it('says how to reproduce and stays short', () => {
    expect(section(markdown, 'Reproduce').join('\n')).toContain('```sh\nnpm run conformance -- ' +
      "--suite positive --operation createApplication --seed 424242 --replay-path '3:1:0'\n```");
    expect(markdown.split('\n').length).toBeLessThan(60);
  });

  it('folds long lists under <details> and cuts them short', () => {
    const many: RunRecord[] = Array.from({ length: 60 }, (_, i) => ({ type: 'check',
      check: 'no-server-error', level: 'MUST', suite: 'positive', operationId: `op${i}`,
      status: 'failed', message: 'x', exchanges: 1,
      failure: failureDetails({ replayCommand: `replay ${i}` }) }));

    const long = toMarkdownSummary(sampleReport(many), { failOnShould: false });

    expect(section(long, 'Blocking failures (62)')).toContain(
      '<details><summary>Blocking failures (62)</summary>');
    expect(long).toContain('<details><summary>61 replay commands</summary>');
    expect(long).toContain('… and 51 more in `conformance-report.html`.');
    const rows = section(long, 'Blocking failures').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(2 + 50);
  });

  it('lists tool errors under an ERROR verdict', () => {
    const errored = toMarkdownSummary(sampleReport([{ type: 'toolError', code: 'MOCK_FAILED',
      message: 'prism exited | code 1' }]), { failOnShould: false });

    expect(errored).toMatch(/^## ⚠️ ERROR: /);
    expect(section(errored, 'Tool errors (1)')).toContain(
      '- **`MOCK_FAILED`** prism exited \\| code 1');
  });
});
