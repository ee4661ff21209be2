import { idParameter } from '../../spec/apiRoles';
import { live, liveFunctionsOf, pick, type ResourceModel, type SuiteModel } from '../model';
import { STATEFUL_CHECKS as C } from '../statefulChecks';
import type { StatefulTarget } from '../statefulTarget';
import { SuiteCommand } from './suiteCommand';

/** Sends a delete; when accepted, waits until the resource reads DELETED or 404. */
async function deleteResource(target: StatefulTarget, resource: ResourceModel):
  Promise<boolean> {
  const role = resource.kind === 'application' ? 'deleteApplication' : 'deleteFunction';
  const exchange = await target.client.call(role,
    { pathParams: { [idParameter(target.client.roles[role])]: resource.id } });
  if (exchange.response.status >= 300) return false;

  target.markDeleted(resource);
  await target.waitUntilGone(resource);
  return true;
}

export class DeleteFunction extends SuiteCommand {
  constructor(private readonly n: number) {
    super();
  }

  toString(): string {
    return `deleteFn(fn#${this.n})`;
  }

  override check(model: Readonly<SuiteModel>): boolean {
    return live(model.functions).length > 0;
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    await deleteResource(target, pick(live(model.functions), this.n)!);
  }
}

/**
 * Deletes an application. One that still has functions should be refused (the live service
 * answers 409); a target that deletes it anyway gets a SHOULD finding, and its functions are
 * left out of later judgement since what became of them is the target's choice.
 */
export class DeleteApplication extends SuiteCommand {
  constructor(private readonly n: number) {
    super();
  }

  toString(): string {
    return `deleteApp(app#${this.n})`;
  }

  override check(model: Readonly<SuiteModel>): boolean {
    return live(model.applications).length > 0;
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    const app = pick(live(model.applications), this.n)!;
    const children = liveFunctionsOf(model, app);
    if (children.length === 0) {
      await deleteResource(target, app);
      return;
    }

    const role = 'deleteApplication';
    const exchange = await target.client.call(role,
      { pathParams: { [idParameter(target.client.roles[role])]: app.id } });
    const refused = exchange.response.status === 409;
    target.recorder.expect(refused, C.nonEmptyAppDeleteRefused, exchange, () => ({
      expected: `409: application ${app.id} still has ${children.length} function(s)`,
      received: String(exchange.response.status), where: 'status' }));
    if (exchange.response.status < 300) {
      target.markDeleted(app);
      for (const child of children) {
        child.deleted = true;
        child.orphaned = true;
      }
      app.orphaned = true;
    }
  }
}
