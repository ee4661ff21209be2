import { runChecks } from '../checks/registry';
import type {
  CheckContext, CheckDefinition, CheckInfo, Exchange, Violation,
} from '../checks/types';
import { CheckTally } from '../run/checkTally';
import type { CheckResultRecord } from '../run/records';
import { type RecordContext, toCheckRecord } from '../run/toCheckRecord';

/** Stateful checks not tied to one operation are listed under this name when skipped. */
export const SEQUENCE_OPERATION = 'stateful-sequence';

export function skippedRecord(check: CheckInfo, reason: string): CheckResultRecord {
  return { type: 'check', check: check.id, level: check.level, suite: 'stateful',
    operationId: SEQUENCE_OPERATION, status: 'skipped', message: reason, exchanges: 0 };
}

/** Thrown inside a command when a MUST check fails, so fast-check shrinks the sequence. */
export class StatefulViolation extends Error {
  constructor(readonly check: CheckInfo, readonly violation: Violation) {
    super(`${check.id}: expected ${violation.expected}, received ${violation.received}`);
  }
}

/**
 * Tallies every check the stateful suite makes, per check and operation. Like the property
 * runner, it counts only while fast-check explores; once a MUST check has failed, fast-check
 * is shrinking and only the failure on the shortest sequence is kept.
 */
export class StatefulRecorder {
  private readonly tallies = new Map<string, { tally: CheckTally; operationId: string }>();
  private shrinking = false;
  /** The commands run so far in the current sequence, for failure messages. */
  sequence: string[] = [];

  constructor(
    private readonly exchangeChecks: readonly CheckDefinition[],
    private readonly checkContext: CheckContext,
  ) {}

  /** Runs the single-exchange checks (status, schema, content type, 5xx) on a response. */
  judgeExchange(exchange: Exchange): void {
    const operationId = exchange.operation.operationId;
    let mustFailure: StatefulViolation | undefined;
    for (const { check, outcome } of runChecks(this.exchangeChecks, this.checkContext,
      exchange)) {
      if (outcome.status === 'passed') this.pass(check, operationId);
      if (outcome.status !== 'failed') continue;
      const failure = this.noteFailure(check, operationId, outcome.violations, exchange);
      mustFailure ??= failure;
    }
    if (mustFailure) throw mustFailure;
  }

  pass(check: CheckInfo, operationId: string): void {
    if (!this.shrinking) this.tallyOf(check, operationId).judged += 1;
  }

  /** Records a failure; a MUST failure also ends the sequence by throwing. */
  fail(check: CheckInfo, operationId: string, violation: Violation, exchange: Exchange): void {
    const failure = this.noteFailure(check, operationId, [violation], exchange);
    if (failure) throw failure;
  }

  /** Pass when `ok`, fail otherwise: the common shape of a stateful assertion. */
  expect(ok: boolean, check: CheckInfo, exchange: Exchange, violation: () => Violation): void {
    if (ok) this.pass(check, exchange.operation.operationId);
    else this.fail(check, exchange.operation.operationId, violation(), exchange);
  }

  /** Whether an earlier sequence already failed a MUST check (fast-check is shrinking). */
  get isShrinking(): boolean {
    return this.shrinking;
  }

  /** One record per check and operation judged, and a skip for each check never exercised. */
  records(
    context: Omit<RecordContext, 'operationId'>,
    secrets: string[],
    allChecks: readonly CheckInfo[],
  ): CheckResultRecord[] {
    const judged = [...this.tallies.values()].map(({ tally, operationId }) =>
      toCheckRecord(tally, { ...context, operationId }, secrets));
    const seen = new Set(judged.map((r) => r.check));
    const unexercised = allChecks.filter((check) => !seen.has(check.id)).map((check) =>
      skippedRecord(check, 'no command sequence reached a case this check judges'));
    return [...judged, ...unexercised];
  }

  /** After fast-check has finished: the path of the shortest failing sequence. */
  setFinalPath(path: string): void {
    for (const { tally } of this.tallies.values()) {
      const failure = tally.finalFailure
        ?? (tally.check.level === 'MUST' ? tally.firstFailure : undefined);
      if (failure) failure.path = path;
    }
  }

  private noteFailure(
    check: CheckInfo,
    operationId: string,
    violations: Violation[],
    exchange: Exchange,
  ): StatefulViolation | undefined {
    const tally = this.tallyOf(check, operationId);
    const sample = { exchange, violations, shrunk: this.shrinking,
      sequence: this.sequence.join(', ') };
    if (!this.shrinking) tally.judged += 1;
    if (!tally.firstFailure) tally.firstFailure = sample;
    if (check.level !== 'MUST') return undefined;

    if (this.shrinking) tally.finalFailure = sample;
    this.shrinking = true;
    return new StatefulViolation(check, violations[0]);
  }

  private tallyOf(check: CheckInfo, operationId: string): CheckTally {
    const key = `${check.id} ${operationId}`;
    let entry = this.tallies.get(key);
    if (!entry) {
      entry = { tally: new CheckTally(check), operationId };
      this.tallies.set(key, entry);
    }
    return entry.tally;
  }
}
