import type { ApiModel, OperationModel } from '../spec/model';
import type { OutgoingRequest, ReceivedResponse } from '../transport/types';

// A check is a pure function of (context, exchange): no I/O, no throwing for findings. Its
// level says how binding the rule is: MUST for what the OpenAPI document requires, SHOULD for
// conventions of the live service that a correct implementation may still differ from.

export type Level = 'MUST' | 'SHOULD';

/** Which kind of request a check judges; the suites pick checks by this. */
export type CheckKind = 'positive' | 'negative' | 'stateful' | 'auth';

/** How an invalid request was made invalid, so a failure can say what rule it broke. */
export interface MutationRecord {
  keyword: string;
  pointer: string;
  location: 'body' | 'path' | 'query' | 'header';
  description: string;
  /** The value put at the pointer, when the mutation replaced one. */
  after?: unknown;
}

/** How the auth suite tampered with a request's credentials. */
export type CredentialsVariant = 'none' | 'wrong';

export interface Exchange {
  operation: OperationModel;
  request: OutgoingRequest & { mutation?: MutationRecord; credentials?: CredentialsVariant };
  response: ReceivedResponse;
}

export interface Violation {
  /** What the rule asked for, as the user would read it: "one of 200". */
  expected: string;
  /** What the target did: "201". */
  received: string;
  /** A header name or a JSON pointer into the body, when the problem has a place. */
  where?: string;
}

export type CheckOutcome =
  | { status: 'passed' }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; violations: Violation[] };

/** Tolerances a user can override; defaults in src/options/defaults.ts. */
export interface CheckOptions {
  /** Statuses with which a target may refuse a valid request without a finding. */
  acceptedRefusals: number[];
}

export interface CheckContext {
  api: ApiModel;
  options: CheckOptions;
}

/** What every check declares about itself; the catalogue (--list-checks) is built from it. */
export interface CheckInfo {
  /** Stable id used in reports, baselines and --list-checks. */
  id: string;
  level: Level;
  /** The kinds of exchange the check judges. */
  appliesTo: CheckKind[];
  /** One line: what a conforming target does. */
  title: string;
  /** The spec clause or documented service behaviour the rule rests on. */
  source: string;
}

/** A check that judges one exchange on its own. */
export interface CheckDefinition extends CheckInfo {
  run(ctx: CheckContext, exchange: Exchange): CheckOutcome;
}

export const PASSED: CheckOutcome = { status: 'passed' };

export function skipped(reason: string): CheckOutcome {
  return { status: 'skipped', reason };
}

export function failed(...violations: Violation[]): CheckOutcome {
  return { status: 'failed', violations };
}
