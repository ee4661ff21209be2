import type { GeneratedRequest } from '../../generation/requestArbitrary';
import { live, pick, type ResourceModel, roomFor, type SuiteModel } from '../model';
import { STATEFUL_CHECKS as C } from '../statefulChecks';
import type { StatefulTarget } from '../statefulTarget';
import { acceptCreated, createBody } from './createResources';
import { judgeList } from './listChecks';
import { SuiteCommand } from './suiteCommand';

/** Several functions created at once in one application: every one must be listed. */
export class ParallelCreateFunctions extends SuiteCommand {
  constructor(private readonly appPick: number, private readonly generated: GeneratedRequest[]) {
    super();
  }

  toString(): string {
    return `parallelCreateFns(app#${this.appPick}, ${this.generated.length})`;
  }

  override check(model: Readonly<SuiteModel>): boolean {
    return live(model.applications).length > 0 && roomFor(model, this.generated.length);
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    const app = pick(live(model.applications), this.appPick)!;
    const bodies = this.generated.map((g) => createBody(target, g, app));
    const exchanges = await Promise.all(bodies.map((json) =>
      target.client.call('createFunction', { json, deferJudgement: true })));

    // Track every accepted create before judging any, so a failing check on one response
    // cannot leave the others' resources unknown to clean-up.
    const created: ResourceModel[] = [];
    let firstFailure: unknown;
    exchanges.forEach((exchange, i) => {
      try {
        const resource = acceptCreated(model, target, 'function', bodies[i], exchange, app);
        if (resource) created.push(resource);
      } catch (failure) {
        firstFailure ??= failure;
      }
    });
    if (firstFailure) throw firstFailure;
    for (const resource of created) await target.waitUntilSettled(resource);
    if (created.length < 2) return;

    // Some of the parallel creates listed and some not is a write lost to the race; none of
    // them listed is a list that lags, which the general check names.
    const lostToRace = (absent: ResourceModel[]) =>
      absent.some((r) => created.includes(r)) && !created.every((r) => absent.includes(r));
    await judgeList(target, 'listFunctions', { applicationId: app.id },
      { field: 'applicationId', value: app.id }, model.functions.filter((f) => f.parent === app),
      model.functions.filter((f) => f.parent !== app),
      (absent) => (lostToRace(absent) ? C.concurrentCreatesListed : C.listContainsLive));
  }
}
