import type { CheckInfo, Exchange, Violation } from '../checks/types';

/** A failing exchange, kept with where fast-check can find it again. */
export interface FailureSample {
  exchange: Exchange;
  violations: Violation[];
  path?: string;
  shrunk: boolean;
  /** For the stateful suite: the commands that led here, e.g. `createApp, deleteApp(#0)`. */
  sequence?: string;
}

/** What one check saw over a property run: how often it judged, skipped, and failed. */
export class CheckTally {
  judged = 0;
  private readonly skipReasons = new Map<string, number>();
  firstFailure?: FailureSample;
  finalFailure?: FailureSample;

  constructor(readonly check: CheckInfo) {}

  skip(reason: string): void {
    this.skipReasons.set(reason, (this.skipReasons.get(reason) ?? 0) + 1);
  }

  /** The failure a report shows: the shrunk one when there is one. */
  get failure(): FailureSample | undefined {
    return this.finalFailure ?? this.firstFailure;
  }

  get commonestSkipReason(): string | undefined {
    let best: string | undefined;
    let count = 0;
    for (const [reason, n] of this.skipReasons) {
      if (n > count) [best, count] = [reason, n];
    }
    return best;
  }
}
