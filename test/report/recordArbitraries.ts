import fc from 'fast-check';

import { DEFAULT_PROFILE } from '../../src/options/profile';
import type {
  CheckResultRecord, FailureDetails, LeftoverRecord, RunRecord, StatsRecord, ToolErrorRecord,
} from '../../src/run/records';
import type { RunContext } from '../../src/run/runContext';
import { LOOPBACK_BUDGET } from '../../src/safety/budget';

// Arbitraries for what the suites write to a run directory, loose where the types are loose
// (any text, any header) so that a report schema has to accept everything the types allow.

const suite = fc.constantFrom('positive', 'negative', 'stateful', 'auth' as const);
const level = fc.constantFrom('MUST', 'SHOULD' as const);
const headers = fc.dictionary(fc.string({ minLength: 1 }), fc.string(), { maxKeys: 4 });
const milliseconds = fc.double({ min: 0, max: 1e7, noNaN: true });

const failure: fc.Arbitrary<FailureDetails> = fc.record({
  expected: fc.string(),
  received: fc.string(),
  where: fc.string(),
  violationCount: fc.integer({ min: 1, max: 50 }),
  mutation: fc.record({ keyword: fc.string(), pointer: fc.string(),
    location: fc.constantFrom('body', 'path', 'query', 'header' as const),
    description: fc.string() }),
  request: fc.record({ method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
    url: fc.webUrl(), headers, body: fc.string() },
  { requiredKeys: ['method', 'url', 'headers'] }),
  response: fc.record({ status: fc.integer({ min: 100, max: 599 }), headers, body: fc.string(),
    durationMs: milliseconds }),
  seed: fc.integer(),
  path: fc.string(),
  replayCommand: fc.string(),
  curl: fc.string(),
  shrunk: fc.boolean(),
  sequence: fc.string(),
}, { requiredKeys: ['expected', 'received', 'violationCount', 'request', 'response', 'seed',
  'replayCommand', 'curl', 'shrunk'] });

export const checkRecord: fc.Arbitrary<CheckResultRecord> = fc.record({
  type: fc.constant('check' as const),
  check: fc.string({ minLength: 1 }),
  level,
  suite,
  operationId: fc.string(),
  status: fc.constantFrom('passed', 'failed', 'skipped' as const),
  message: fc.string(),
  exchanges: fc.nat(),
  failure,
}, { requiredKeys: ['type', 'check', 'level', 'suite', 'operationId', 'status', 'message',
  'exchanges'] });

export const statsRecord: fc.Arbitrary<StatsRecord> = fc.record({
  type: fc.constant('stats' as const),
  suite,
  operationId: fc.string(),
  requests: fc.nat(),
  statuses: fc.dictionary(fc.integer({ min: 100, max: 599 }).map(String), fc.nat()),
  durationMs: milliseconds,
});

export const toolErrorRecord: fc.Arbitrary<ToolErrorRecord> = fc.record({
  type: fc.constant('toolError' as const),
  code: fc.constantFrom('TARGET_UNREACHABLE', 'TARGET_TIMEOUT', 'TARGET_GARBAGE', 'MOCK_FAILED'),
  message: fc.string(),
  suite,
  operationId: fc.string(),
}, { requiredKeys: ['type', 'code', 'message'] });

export const leftoverRecord: fc.Arbitrary<LeftoverRecord> = fc.record({
  type: fc.constant('leftover' as const),
  kind: fc.constantFrom('application', 'function' as const),
  id: fc.string(),
  reason: fc.string(),
});

export const runRecords: fc.Arbitrary<RunRecord[]> = fc.array(
  fc.oneof({ arbitrary: checkRecord, weight: 6 }, { arbitrary: statsRecord, weight: 2 },
    { arbitrary: toolErrorRecord, weight: 1 }, { arbitrary: leftoverRecord, weight: 1 }),
  { maxLength: 25 });

const runFacts = fc.record({
  started: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'),
    noInvalidDate: true }),
  durationMs: fc.nat({ max: 7 * 24 * 3_600_000 }),
  target: fc.option(fc.webUrl(), { nil: undefined }),
  profileName: fc.string(),
  seed: fc.integer(),
  runs: fc.integer({ min: 1, max: 10_000 }),
  failOnShould: fc.boolean(),
  suites: fc.subarray(['positive', 'negative', 'stateful', 'auth'] as const),
  operationIds: fc.uniqueArray(fc.string(), { maxLength: 6 }),
  spec: fc.record({ title: fc.string(), version: fc.string() }),
});

/** A run context as the CLI writes it, and a finishing time no earlier than the start. */
export const runContextAndEnd: fc.Arbitrary<{ context: RunContext; finishedAt: Date }> =
  runFacts.map((g) => ({
    context: {
      options: { specPath: '/spec.yaml', target: g.target,
        profile: { ...DEFAULT_PROFILE, name: g.profileName }, runs: g.runs, seed: g.seed,
        operations: [], suites: [...g.suites], concurrency: 4, reportDir: '/tmp/reports',
        failOnShould: g.failOnShould, verbose: false, help: false, listChecks: false,
        dryRun: false, budget: LOOPBACK_BUDGET, expectations: [], updateExpectations: false },
      targetUrl: g.target ?? 'http://127.0.0.1:4010',
      runDir: '/tmp/run',
      suites: [...g.suites],
      operationIds: g.operationIds,
      startedAt: g.started.toISOString(),
      runId: 'r1',
      spec: g.spec,
      specIsCustom: false,
      documentedResponses: Object.fromEntries(g.operationIds.map((id) => [id, ['200']])),
    },
    finishedAt: new Date(g.started.getTime() + g.durationMs),
  }));
