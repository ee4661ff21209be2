import { readFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import { validateXML } from 'xmllint-wasm';

import { buildReport } from '../../reporters/reportModel';
import { toJunitXml } from '../../reporters/junitXml';
import { runContextAndEnd, runRecords } from './recordArbitraries';

const XSD = readFileSync(path.join(__dirname, '..', '..', 'reporters', 'junit.xsd'), 'utf8');

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'junit.xml', contents: xml }],
    schema: [{ fileName: 'junit.xsd', contents: XSD }] });
  return result.errors.map((e) => e.message);
}

describe('junit.xml against the JUnit XML schema [seed 20261204]', () => {
  it('validates for generated runs, hostile text included', async () => {
    const inputs = fc.sample(fc.tuple(runContextAndEnd, runRecords),
      { seed: 20261204, numRuns: 25 });
    for (const [{ context, finishedAt }, records] of inputs) {
      const report = buildReport(context, records, finishedAt);
      const xml = toJunitXml(report, context.options.failOnShould);

      expect(await schemaErrors(xml)).toEqual([]);
    }
  });

  it('rejects a document that breaks the format', async () => {
    const broken = '<?xml version="1.0"?><testsuites><testsuite name="x" tests="1" ' +
      'failures="0" errors="0"><failure message="outside a case"/></testsuite></testsuites>';

    expect((await schemaErrors(broken)).length).toBeGreaterThan(0);
  });
});
