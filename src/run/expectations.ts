import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import Ajv from 'ajv';

import { SuiteError } from '../core/errors';
import type { CheckResultRecord, RunRecord } from './records';

// A baseline of known failures lets an implementation gate its pull requests on the suite
// before it conforms fully: only new failures fail the run, and known ones that now pass are
// reported so the file can shrink.

export interface ExpectedFailure {
  check: string;
  operationId: string;
  /** Narrows the entry to one suite; any suite when absent. */
  suite?: string;
  reason: string;
}

export interface ExpectationsFile {
  expectedFailures: ExpectedFailure[];
}

const FILE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['expectedFailures'],
  properties: {
    $comment: { type: 'string' },
    expectedFailures: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['check', 'operationId', 'reason'],
        properties: {
          check: { type: 'string', minLength: 1 },
          operationId: { type: 'string', minLength: 1 },
          suite: { type: 'string', minLength: 1 },
          reason: { type: 'string' },
        },
      },
    },
  },
};

const validate = new Ajv({ allErrors: true }).compile(FILE_SCHEMA);

export function loadExpectations(file: string): ExpectedFailure[] {
  const absolute = path.resolve(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(absolute, 'utf8'));
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new SuiteError('USAGE', `cannot read the expectations file ${absolute} (${reason}); ` +
      'pass a JSON file with --expectations FILE, or write one with --update-expectations',
    { cause });
  }
  if (!validate(raw)) {
    const error = validate.errors![0];
    throw new SuiteError('USAGE', `the expectations file ${absolute} is malformed: ` +
      `${error.instancePath || '(top level)'} ${error.message}; expected ` +
      '{"expectedFailures": [{"check", "operationId", "reason", "suite"?}]}');
  }
  return (raw as unknown as ExpectationsFile).expectedFailures;
}

function matches(entry: ExpectedFailure, record: CheckResultRecord): boolean {
  return entry.check === record.check && entry.operationId === record.operationId
    && (entry.suite === undefined || entry.suite === record.suite);
}

/** Marks failures the baseline expects; they no longer block the run. */
export function markExpected(records: RunRecord[], expected: ExpectedFailure[]): RunRecord[] {
  if (expected.length === 0) return records;
  return records.map((record) => {
    if (record.type !== 'check' || record.status !== 'failed') return record;
    return expected.some((entry) => matches(entry, record))
      ? { ...record, expectedFailure: true } : record;
  });
}

/** Baseline entries whose check now passes (or did not fail): candidates for removal. */
export function nowPassing(records: RunRecord[], expected: ExpectedFailure[]):
  ExpectedFailure[] {
  const results = records.filter((r): r is CheckResultRecord => r.type === 'check');
  return expected.filter((entry) => {
    const ran = results.filter((r) => matches(entry, r) && r.status !== 'skipped');
    return ran.length > 0 && ran.every((r) => r.status === 'passed');
  });
}

/** Writes the current failures as the new baseline, keeping reasons already written. */
export function writeExpectations(
  file: string,
  failures: CheckResultRecord[],
  previous: ExpectedFailure[],
): number {
  const seen = new Set<string>();
  const entries: ExpectedFailure[] = [];
  for (const failure of failures) {
    const key = `${failure.suite} ${failure.check} ${failure.operationId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const kept = previous.find((entry) => matches(entry, failure));
    entries.push({ check: failure.check, operationId: failure.operationId,
      suite: failure.suite, reason: kept?.reason ?? firstLine(failure) });
  }
  const content: ExpectationsFile = { expectedFailures: entries };
  writeFileSync(path.resolve(file), `${JSON.stringify(content, null, 2)}\n`);
  return entries.length;
}

function firstLine(failure: CheckResultRecord): string {
  const detail = failure.failure
    ? `expected ${failure.failure.expected}, received ${failure.failure.received}`
    : failure.message.split('\n')[0];
  return `known failure: ${detail}`.slice(0, 200);
}
