import { DEFAULT_PROFILE } from '../../src/options/profile';
import type {
  CheckResultRecord, FailureDetails, RunRecord, StatsRecord, SuiteName,
} from '../../src/run/records';
import type { RunContext } from '../../src/run/runContext';
import { buildReport, type ConformanceReport } from '../../reporters/reportModel';
import { LOOPBACK_BUDGET } from '../../src/safety/budget';

// A small but complete run for the reporter tests: two suites, three operations, a passing
// majority, one MUST failure whose body is hostile markup, a MUST failure of an invalid
// request, a SHOULD finding and a skip.

export const HOSTILE_BODY = '{"displayName":"<script>alert(1)</script>","note":"a | b `c` ' +
  '\'d\' & \\"e\\" 名前 🚀"}';

export const OPERATIONS = ['listApplications', 'createApplication', 'getApplication'];

export function sampleContext(overrides: Partial<RunContext['options']> = {}): RunContext {
  return {
    options: {
      specPath: '/repo/spec/oci-functions-openapi.yaml', target: 'http://127.0.0.1:8080/20181201',
      profile: DEFAULT_PROFILE, runs: 25, seed: 424242, operations: [],
      suites: ['positive', 'negative'], concurrency: 4, reportDir: '/tmp/reports',
      failOnShould: false, verbose: false, help: false, listChecks: false, dryRun: false,
      budget: LOOPBACK_BUDGET, expectations: [], updateExpectations: false, ...overrides,
    },
    targetUrl: 'http://127.0.0.1:8080/20181201',
    runDir: '/tmp/run',
    suites: ['positive', 'negative'],
    operationIds: OPERATIONS,
    startedAt: '2025-03-04T10:00:00.000Z',
    runId: 'k3x9',
    spec: { title: 'Functions Service API', version: '20181201' },
    specIsCustom: false,
    documentedResponses: Object.fromEntries(OPERATIONS.map((id) => [id, ['200']])),
  };
}

export function failureDetails(overrides: Partial<FailureDetails> = {}): FailureDetails {
  return {
    expected: 'body matches #/components/schemas/Application', received: 'displayName: 7',
    where: '/displayName', violationCount: 2,
    request: { method: 'POST', url: 'http://127.0.0.1:8080/20181201/applications',
      headers: { 'content-type': 'application/json', authorization: 'Bearer <masked>' },
      body: '{"displayName":"x"}' },
    response: { status: 200, headers: { 'content-type': 'application/json' },
      body: HOSTILE_BODY, durationMs: 3.2 },
    seed: 424242, path: '3:1:0',
    replayCommand: 'npm run conformance -- --suite positive --operation createApplication ' +
      "--seed 424242 --replay-path '3:1:0'",
    curl: "curl -sS -i -X POST 'http://127.0.0.1:8080/20181201/applications'",
    shrunk: true,
    ...overrides,
  };
}

const CHECKS: Record<SuiteName, Array<[string, 'MUST' | 'SHOULD']>> = {
  positive: [['status-code-conformance', 'MUST'], ['no-server-error', 'MUST'],
    ['response-schema-conformance', 'MUST'], ['content-type-conformance', 'MUST'],
    ['positive-data-acceptance', 'SHOULD'], ['error-body-shape', 'SHOULD']],
  negative: [['no-server-error', 'MUST'], ['response-schema-conformance', 'MUST'],
    ['negative-data-rejection', 'MUST'], ['error-body-shape', 'SHOULD']],
  stateful: [],
  auth: [],
};

/** Everything passes except the results named in `special` ("suite op check" keys). */
export function sampleRecords(): RunRecord[] {
  const special: Record<string, Partial<CheckResultRecord>> = {
    'positive createApplication response-schema-conformance': { status: 'failed',
      message: 'schema failure', failure: failureDetails() },
    'negative createApplication negative-data-rejection': { status: 'failed',
      message: 'accepted an invalid request', failure: failureDetails({
        expected: 'a 4xx status', received: '201', where: 'status', violationCount: 1,
        mutation: { keyword: 'maxLength', pointer: '/displayName', location: 'body',
          description: 'displayName is longer than maxLength 255' } }) },
    'positive getApplication error-body-shape': { status: 'failed', message: 'no code',
      failure: failureDetails({ expected: 'a string `code`', received: 'no code | none',
        where: '/code', violationCount: 1, path: undefined, shrunk: false }) },
    'positive getApplication content-type-conformance': { status: 'skipped',
      message: 'no response had a body' },
  };

  const records: RunRecord[] = [];
  for (const suite of ['negative', 'positive'] as const) {
    for (const operationId of OPERATIONS) {
      for (const [check, level] of CHECKS[suite]) {
        records.push({ type: 'check', check, level, suite, operationId, status: 'passed',
          message: 'held for 25 exchanges', exchanges: 25,
          ...special[`${suite} ${operationId} ${check}`] });
      }
      records.push(stats(suite, operationId));
    }
  }
  return records;
}

function stats(suite: SuiteName, operationId: string): StatsRecord {
  return { type: 'stats', suite, operationId, requests: 25, durationMs: 80,
    statuses: suite === 'positive' ? { 200: 20, 404: 5 } : { 400: 24, 201: 1 } };
}

export function sampleReport(extra: RunRecord[] = [],
  options: Partial<RunContext['options']> = {}): ConformanceReport {
  return buildReport(sampleContext(options), [...sampleRecords(), ...extra],
    new Date('2025-03-04T10:00:12.500Z'));
}
