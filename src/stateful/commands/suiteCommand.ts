import type fc from 'fast-check';

import type { SuiteModel } from '../model';
import type { StatefulTarget } from '../statefulTarget';

/**
 * One step of a model-based sequence: a pure precondition on the model, an action on the
 * target that checks what came back and updates the model, and a short name that
 * counterexamples print (`createFn(app#1)`).
 */
export abstract class SuiteCommand implements fc.AsyncCommand<SuiteModel, StatefulTarget> {
  abstract toString(): string;

  check(_model: Readonly<SuiteModel>): boolean {
    return true;
  }

  async run(model: SuiteModel, target: StatefulTarget): Promise<void> {
    target.recorder.sequence.push(this.toString());
    await this.act(model, target);
  }

  protected abstract act(model: SuiteModel, target: StatefulTarget): Promise<void>;
}
