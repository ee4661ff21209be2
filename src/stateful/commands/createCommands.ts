import type { GeneratedRequest } from '../../generation/requestArbitrary';
import { live, pick, roomFor, type SuiteModel } from '../model';
import type { StatefulTarget } from '../statefulTarget';
import { createBody, createResource } from './createResources';
import { SuiteCommand } from './suiteCommand';

export class CreateApplication extends SuiteCommand {
  constructor(private readonly generated: GeneratedRequest) {
    super();
  }

  toString(): string {
    return 'createApp';
  }

  override check(model: Readonly<SuiteModel>): boolean {
    return roomFor(model);
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    await createResource(model, target, 'application', createBody(target, this.generated));
  }
}

export class CreateFunction extends SuiteCommand {
  constructor(private readonly appPick: number, private readonly generated: GeneratedRequest) {
    super();
  }

  toString(): string {
    return `createFn(app#${this.appPick})`;
  }

  override check(model: Readonly<SuiteModel>): boolean {
    return live(model.applications).length > 0 && roomFor(model);
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    const app = pick(live(model.applications), this.appPick)!;
    await createResource(model, target, 'function', createBody(target, this.generated, app), app);
  }
}
