import { isRecord, parseJson } from '../statefulClient';
import { pick, type ResourceKind, type SuiteModel } from '../model';
import { STATEFUL_CHECKS as C } from '../statefulChecks';
import type { StatefulTarget } from '../statefulTarget';
import { checkReadBack } from './createResources';
import { judgeList } from './listChecks';
import { SuiteCommand } from './suiteCommand';

/** Reads any resource created so far, deleted ones included. */
export class GetResource extends SuiteCommand {
  constructor(private readonly kind: ResourceKind, private readonly n: number) {
    super();
  }

  toString(): string {
    return `get(${this.kind === 'application' ? 'app' : 'fn'}#${this.n})`;
  }

  override check(model: Readonly<SuiteModel>): boolean {
    return this.resources(model).length > 0;
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    const resource = pick(this.resources(model), this.n)!;
    if (resource.deleted) {
      await target.get(resource);
      return;
    }
    await checkReadBack(target, resource);
  }

  private resources(model: Readonly<SuiteModel>) {
    return this.kind === 'application' ? model.applications : model.functions;
  }
}

/** Lists the applications of the compartment of one application we created. */
export class ListApplications extends SuiteCommand {
  constructor(private readonly n: number) {
    super();
  }

  toString(): string {
    return `listApps(app#${this.n})`;
  }

  override check(model: Readonly<SuiteModel>): boolean {
    return model.applications.some((a) => a.compartmentId !== undefined);
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    const withCompartment = model.applications.filter((a) => a.compartmentId !== undefined);
    const compartment = pick(withCompartment, this.n)!.compartmentId!;
    const ours = model.applications.filter((a) => a.compartmentId === compartment);
    const others = model.applications.filter((a) => a.compartmentId !== compartment);
    await judgeList(target, 'listApplications', { compartmentId: compartment },
      { field: 'compartmentId', value: compartment }, ours, others);
  }
}

/** Lists the functions of one application we created. */
export class ListFunctions extends SuiteCommand {
  constructor(private readonly n: number) {
    super();
  }

  toString(): string {
    return `listFns(app#${this.n})`;
  }

  override check(model: Readonly<SuiteModel>): boolean {
    return model.applications.some((a) => !a.deleted);
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    const app = pick(model.applications.filter((a) => !a.deleted), this.n)!;
    const ours = model.functions.filter((f) => f.parent === app);
    const others = model.functions.filter((f) => f.parent !== app);
    await judgeList(target, 'listFunctions', { applicationId: app.id },
      { field: 'applicationId', value: app.id }, ours, others);
  }
}

export { isRecord, parseJson, C };
