import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';

import { buildReport } from '../../reporters/reportModel';
import { runContextAndEnd, runRecords } from './recordArbitraries';
import { sampleReport } from './sampleReport';

const SCHEMA_FILE = path.join(__dirname, '..', '..', 'reporters',
  'conformance-report.schema.json');
const SEED = 20250304;

function compileSchema() {
  // strict: a schema keyword ajv would ignore is an error here, not a console warning.
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
}

// What the JSON reporter writes: the report after a trip through JSON.stringify.
const asWritten = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe(`conformance-report.schema.json (seed ${SEED})`, () => {
  const validate = compileSchema();

  it('accepts every report buildReport makes from any records and run context', () => {
    fc.assert(fc.property(runContextAndEnd, runRecords, ({ context, finishedAt }, records) => {
      const report = asWritten(buildReport(context, records, finishedAt));

      const valid = validate(report);

      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }), { seed: SEED, numRuns: 200 });
  });

  it('accepts the sample run used by the reporter tests', () => {
    expect(validate(asWritten(sampleReport()))).toBe(true);
  });

  it('rejects a report without a verdict', () => {
    const { verdict: _verdict, ...report } = asWritten(sampleReport());

    expect(validate(report)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({
      keyword: 'required', params: { missingProperty: 'verdict' } }));
  });

  it('rejects a field the format lacks and a verdict that contradicts the exit code', () => {
    const report = asWritten(sampleReport());

    expect(validate({ ...report, extra: true })).toBe(false);
    expect(validate({ ...report, verdict: 'conformant' })).toBe(false);
  });
});
