import { toHtml } from '../../reporters/htmlReport';
import type { ConformanceReport } from '../../reporters/reportModel';
import type { RunRecord } from '../../src/run/records';
import { pageText } from './pageText';
import { OPERATIONS, sampleReport } from './sampleReport';

/** Matrix rows of each suite's table as [operation, marks of the check cells], in order. */
function matrixRows(page: string, suite = '\\w+'): Array<[string, string[]]> {
  const table = new RegExp(`<table class="matrix" data-suite="${suite}">[\\s\\S]*?<tbody>` +
    '([\\s\\S]*?)</tbody>', 'g');
  return [...page.matchAll(table)].flatMap(([, body]) =>
    [...body.matchAll(/<tr><th class="op" scope="row">([^<]*)<\/th>([\s\S]*?)<\/tr>/g)]
      .map(([, operation, cells]): [string, string[]] => [operation,
        [...cells.matchAll(/<td class="cell [^"]*"[^>]*>([\s\S]*?)<\/td>/g)]
          .map(([, inner]) => pageText(inner).trim())]));
}

const page = (report: ConformanceReport, failOnShould = false) =>
  toHtml(report, { failOnShould });

describe('toHtml', () => {
  it('shows hostile text from a response as text and runs no script', () => {
    const hostileSkip: RunRecord = { type: 'check', check: 'no-server-error', level: 'MUST',
      suite: 'positive', operationId: '"><img src=x onerror=alert(2)>', status: 'skipped',
      exchanges: 0, message: '\' onmouseover=\'alert(3)' };

    const html = page(sampleReport([hostileSkip]));

    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img|<link|@import|url\(/i);
    expect(html).not.toContain('\' onmouseover');
    expect(pageText(html)).toContain('"note":"a | b `c` \'d\' & \\"e\\" 名前 🚀"');
  });

  it('heads the page with the verdict, why, and what was run', () => {
    const text = pageText(page(sampleReport()));

    expect(text).toContain('NON-CONFORMANT 2 blocking failures; 1 SHOULD finding, not blocking');
    expect(text).toContain('target http://127.0.0.1:8080/20181201');
    expect(text).toContain('spec Functions Service API 20181201');
    expect(text).toContain('seed 424242 · 25 runs per property');
    expect(text).toContain('time 2025-03-04 10:00:00 UTC · 12.5 s · 150 requests');
  });

  it('counts results per level and scores coverage and passing', () => {
    const text = pageText(page(sampleReport()));

    expect(text).toContain('level passed failed skipped total MUST 18 2 1 21 SHOULD 8 1 0 9 ' +
      'all 26 3 1 30');
    expect(text).toContain('Coverage 96.6% 29/30');
    expect(text).toContain('Pass 89.6% 26/29');
  });

  it('has a matrix per suite with a row per operation, in report order, and a mark per result',
    () => {
      const rows = matrixRows(page(sampleReport()));

      // Positive columns: status-code, no-server-error, response-schema, content-type,
      // positive-data-acceptance, error-body-shape. Negative: no-server-error,
      // response-schema, negative-data-rejection, error-body-shape.
      expect(rows).toEqual([
        [OPERATIONS[0], ['✓', '✓', '✓', '✓', '✓', '✓']],
        [OPERATIONS[1], ['✓', '✓', '✗', '✓', '✓', '✓']],
        [OPERATIONS[2], ['✓', '✓', '✓', '–', '✓', '!']],
        [OPERATIONS[0], ['✓', '✓', '✓', '✓']],
        [OPERATIONS[1], ['✓', '✓', '✗', '✓']],
        [OPERATIONS[2], ['✓', '✓', '✓', '✓']],
      ]);
    });

  it('leaves a cell blank where a check did not run for that operation', () => {
    const stateful = (operationId: string, check: string): RunRecord => ({ type: 'check',
      check, level: 'MUST', suite: 'stateful', operationId, status: 'passed', message: '',
      exchanges: 3 });

    const html = page(sampleReport([stateful('createApplication', 'read-your-writes'),
      stateful('getApplication', 'deleted-stays-deleted')]));

    expect(matrixRows(html, 'stateful')).toEqual([
      ['createApplication', ['', '✓']], ['getApplication', ['✓', '']]]);
    expect(html).toContain('<td class="cell not-run" title="not run"></td>');
  });

  it('links each failed cell to its failure, with the exchange and how to reproduce', () => {
    const html = page(sampleReport());
    const anchors = [...html.matchAll(/<a href="#(failure-\d+)">/g)].map(([, id]) => id);
    const details = [...html.matchAll(/<details class="failure (\w+)" id="(failure-\d+)"/g)];

    expect(details.map(([, outcome]) => outcome)).toEqual(['failed', 'failed', 'finding']);
    expect(anchors.sort()).toEqual(details.map(([, , id]) => id).sort());
    const text = pageText(html);
    expect(text).toContain('rule broken displayName is longer than maxLength 255 ( maxLength at ' +
      '/displayName in the body)');
    expect(text).toContain('POST http://127.0.0.1:8080/20181201/applications ' +
      'content-type: application/json authorization: Bearer <masked>');
    expect(text).toContain('HTTP 200 content-type: application/json');
    expect(text).toContain("--seed 424242 --replay-path '3:1:0'");
    expect(text).toContain("curl -sS -i -X POST 'http://127.0.0.1:8080/20181201/applications'");
  });

  it('marks a SHOULD failure as blocking when the run fails on SHOULD', () => {
    const html = page(sampleReport([], { failOnShould: true }), true);

    expect(matrixRows(html)[2][1][5]).toBe('✗');
    expect(html).not.toContain('SHOULD findings');
    expect(pageText(html)).toContain('3 blocking failures');
  });

  it('puts tool errors first, under an ERROR verdict', () => {
    const html = page(sampleReport([{ type: 'toolError', code: 'TARGET_TIMEOUT',
      message: 'no answer within 10000 ms', suite: 'negative', operationId: 'getApplication' }]));
    const text = pageText(html);

    expect(text).toContain('ERROR 1 tool error: the run could not finish · exit code 2');
    expect(text.indexOf('TARGET_TIMEOUT no answer within 10000 ms (negative getApplication)'))
      .toBeLessThan(text.indexOf('Summary'));
  });
});

describe('toHtml on coverage and leftovers', () => {
  it('lists documented responses never seen, and resources left on the target', () => {
    const leftover: RunRecord = { type: 'leftover', kind: 'application',
      id: 'ocid1.fnapp.oc1..<left>', reason: 'delete answered 409 Conflict' };

    const html = page(sampleReport([leftover]));
    const text = pageText(html);

    expect(text).toMatch(/Documented, never seen/);
    expect(text).toMatch(/application ocid1\.fnapp\.oc1\.\.<left>\s*: delete answered 409/);
    expect(html).not.toContain('ocid1.fnapp.oc1..<left>');
  });
});
