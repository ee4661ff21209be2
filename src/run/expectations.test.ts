import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { SuiteError } from '../core/errors';
import {
  loadExpectations, markExpected, nowPassing, writeExpectations,
} from './expectations';
import { isBlockingFailure } from './levelPolicy';
import type { CheckResultRecord } from './records';

function result(check: string, operationId: string, status: CheckResultRecord['status']):
  CheckResultRecord {
  return { type: 'check', check, level: 'MUST', suite: 'positive', operationId, status,
    message: `${check} ${status}`, exchanges: 1 };
}

const known = { check: 'status-code-conformance', operationId: 'createApplication',
  reason: 'answers 201 until v2' };

describe('expectations (baseline of known failures)', () => {
  it('stops a listed failure from blocking, and keeps a new one blocking', () => {
    const records = markExpected([result(known.check, known.operationId, 'failed'),
      result('no-server-error', 'createApplication', 'failed')], [known]) as
      CheckResultRecord[];

    expect(records.map((r) => isBlockingFailure(r, false))).toEqual([false, true]);
  });

  it('names a listed failure that now passes, so the file can shrink', () => {
    const records = [result(known.check, known.operationId, 'passed')];

    expect(nowPassing(records, [known])).toEqual([known]);
  });

  it('writes current failures, keeping reasons already given', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'baseline-')), 'b.json');
    const failures = [result(known.check, known.operationId, 'failed'),
      result('no-server-error', 'getFunction', 'failed')];

    expect(writeExpectations(file, failures, [known])).toBe(2);
    const written = loadExpectations(file);
    expect(written[0].reason).toBe('answers 201 until v2');
    expect(written[1]).toMatchObject({ check: 'no-server-error', operationId: 'getFunction' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('expectedFailures');
  });

  it('refuses a malformed file with one line saying the expected shape', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'baseline-')), 'b.json');
    writeFileSync(file, '{"expectedFailures": [{"check": "x"}]}');

    let error: SuiteError | undefined;
    try {
      loadExpectations(file);
    } catch (e) {
      error = e as SuiteError;
    }

    expect(error?.message).toMatch(/malformed: .*expectedFailures\/0 must have required/);
  });
});
