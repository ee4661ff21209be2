import type { Level, MutationRecord } from '../checks/types';

// What the suites write and the reporters read. A run directory holds one NDJSON file per
// jest worker; every line is one of these records. Reporters never re-parse failure text.

export type SuiteName = 'positive' | 'negative' | 'stateful' | 'auth';

export type ResultStatus = 'passed' | 'failed' | 'skipped';

export interface RequestSummary {
  method: string;
  url: string;
  /** Masked: no credential survives into a record. */
  headers: Record<string, string>;
  /** UTF-8 text of the body, or `base64:...` when it is not text; trimmed. */
  body?: string;
}

export interface ResponseSummary {
  status: number;
  headers: Record<string, string>;
  body: string;
  durationMs: number;
}

export interface FailureDetails {
  expected: string;
  received: string;
  where?: string;
  /** How many violations of this check the failing exchange had; the first is shown above. */
  violationCount: number;
  /** The rule the request broke; `after` is the invalid value as trimmed JSON text. */
  mutation?: Omit<MutationRecord, 'after'> & { after?: string };
  request: RequestSummary;
  response: ResponseSummary;
  seed: number;
  /** fast-check's path to the (shrunk) counterexample. */
  path?: string;
  replayCommand: string;
  curl: string;
  /** True when fast-check shrank the request to the smallest one that still fails. */
  shrunk: boolean;
  /** Stateful suite: the shortest command sequence that fails, as fast-check shrank it. */
  sequence?: string;
}

export interface CheckResultRecord {
  type: 'check';
  check: string;
  level: Level;
  suite: SuiteName;
  operationId: string;
  status: ResultStatus;
  /** For a failure: expected, received and how to reproduce; for a skip: why. */
  message: string;
  /** Exchanges the check judged. */
  exchanges: number;
  failure?: FailureDetails;
  /** A failure the --expectations baseline lists: reported, but it does not fail the run. */
  expectedFailure?: boolean;
}

export interface StatsRecord {
  type: 'stats';
  suite: SuiteName;
  operationId: string;
  requests: number;
  statuses: Record<string, number>;
  durationMs: number;
}

export interface ToolErrorRecord {
  type: 'toolError';
  code: string;
  message: string;
  suite?: SuiteName;
  operationId?: string;
}

/** A resource the suite created and could not delete again; the report lists them. */
export interface LeftoverRecord {
  type: 'leftover';
  kind: 'application' | 'function';
  id: string;
  reason: string;
}

/** A request sent again because the target answered 429 or 503. */
export interface RetryRecord {
  type: 'retry';
  method: string;
  url: string;
  status: number;
}

export type RunRecord = CheckResultRecord | StatsRecord | ToolErrorRecord | LeftoverRecord
  | RetryRecord;
