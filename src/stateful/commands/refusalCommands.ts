import { isOptionalNull, MEDIA_TYPE_KEYWORD } from '../../checks/mutationKinds';
import type { Exchange } from '../../checks/types';
import type { OperationModel } from '../../spec/model';
import type { GeneratedRequest } from '../../generation/requestArbitrary';
import { idParameter } from '../../spec/apiRoles';
import { live, pick, type ResourceKind, type SuiteModel } from '../model';
import { isRecord, parseJson } from '../statefulClient';
import { STATEFUL_CHECKS as C } from '../statefulChecks';
import type { StatefulTarget } from '../statefulTarget';
import { createBody } from './createResources';
import { SuiteCommand } from './suiteCommand';

export type UnknownIdAction = 'getApp' | 'getFn' | 'deleteApp' | 'deleteFn' | 'invoke';

const ACTION_ROLES = {
  getApp: 'getApplication',
  getFn: 'getFunction',
  deleteApp: 'deleteApplication',
  deleteFn: 'deleteFunction',
  invoke: 'invokeFunction',
} as const;

/** An OCID of the right shape that no target has issued. */
function unknownId(kind: ResourceKind, salt: number): string {
  const type = kind === 'application' ? 'fnapp' : 'fnfunc';
  return `ocid1.${type}.oc1..conformanceunknown${Math.abs(salt).toString(36)}`;
}

/** Get, delete or invoke an id nobody created: never a 2xx. */
export class UnknownId extends SuiteCommand {
  constructor(private readonly action: UnknownIdAction, private readonly salt: number) {
    super();
  }

  toString(): string {
    return `${this.action}(unknown)`;
  }

  protected async act(_model: SuiteModel, target: StatefulTarget): Promise<void> {
    const role = ACTION_ROLES[this.action];
    const kind = this.action.endsWith('App') ? 'application' : 'function';
    const id = unknownId(kind, this.salt);
    const exchange = await target.client.call(role, {
      pathParams: { [idParameter(target.client.roles[role])]: id },
      raw: role === 'invokeFunction'
        ? { bytes: new Uint8Array(0), mediaType: 'application/octet-stream' } : undefined,
    });
    target.recorder.expect(exchange.response.status >= 400, C.unknownIdNotFound, exchange,
      () => ({ expected: `404 (or another 4xx): ${id} was never created`,
        received: String(exchange.response.status), where: 'status' }));
  }
}

/** A function in an application that does not exist: refused with a 4xx. */
export class CreateFunctionInUnknownApp extends SuiteCommand {
  constructor(private readonly generated: GeneratedRequest, private readonly salt: number) {
    super();
  }

  toString(): string {
    return 'createFn(unknown app)';
  }

  protected async act(_model: SuiteModel, target: StatefulTarget): Promise<void> {
    const body = createBody(target, this.generated);
    body.applicationId = unknownId('application', this.salt);
    const exchange = await target.client.call('createFunction',
      { json: body, deferJudgement: true });
    noteAccidentalCreate(target, 'function', exchange);
    target.recorder.expect(exchange.response.status >= 400, C.unknownParentRefused, exchange,
      () => ({ expected: `a 4xx: application ${String(body.applicationId)} does not exist`,
        received: String(exchange.response.status), where: 'status' }));
  }
}

/**
 * An invalid create, in a real application so that only the broken rule can explain a
 * refusal: it must get a 4xx, and the list must hold no new resource afterwards.
 */
export class InvalidCreate extends SuiteCommand {
  constructor(
    private readonly kind: ResourceKind,
    private readonly operation: OperationModel,
    private readonly generated: GeneratedRequest,
    private readonly appPick: number,
  ) {
    super();
  }

  toString(): string {
    return `invalidCreate(${this.kind === 'application' ? 'app' : `fn in app#${this.appPick}`}` +
      `, ${this.generated.mutation?.keyword} at ${this.generated.mutation?.pointer || '/'})`;
  }

  // A wrong media type and null for an optional property are SHOULDs, judged by the negative
  // suite; here a refusal must be about data that no reading of the contract allows.
  override check(model: Readonly<SuiteModel>): boolean {
    const mutation = this.generated.mutation;
    if (!mutation || mutation.keyword === MEDIA_TYPE_KEYWORD) return false;
    if (isOptionalNull(this.operation, mutation)) return false;
    return this.kind === 'application' || live(model.applications).length > 0;
  }

  protected async act(model: SuiteModel, target: StatefulTarget): Promise<void> {
    const app = this.kind === 'function' ? pick(live(model.applications), this.appPick)
      : undefined;
    const request = this.prepare(target, app?.id);
    const scope = this.listScope(model, request.json, app?.id);
    const before = scope ? await this.listedIds(target, scope) : undefined;

    const role = this.kind === 'application' ? 'createApplication' : 'createFunction';
    const exchange = await target.client.call(role, { ...request, deferJudgement: true });
    noteAccidentalCreate(target, this.kind, exchange);
    target.recorder.expect(exchange.response.status >= 400, C.invalidCreateCreatesNothing,
      exchange, () => ({ expected: `a 4xx, because the body ${
        this.generated.mutation?.description ?? 'breaks the document'}`,
      received: String(exchange.response.status), where: 'status' }));

    if (!scope || !before) return;
    const after = await this.listedIds(target, scope);
    const appeared = [...after].filter((id) => !before.has(id));
    target.recorder.expect(appeared.length === 0, C.invalidCreateCreatesNothing, exchange,
      () => ({ expected: 'no new resource after a refused create',
        received: `new ${this.kind} ${appeared[0]} in the list`, where: 'list' }));
  }

  private prepare(target: StatefulTarget, appId: string | undefined) {
    const body = this.generated.body;
    if (body?.raw) {
      return { raw: { bytes: body.raw, mediaType: body.mediaType },
        mutation: this.generated.mutation };
    }
    const json = body?.json;
    // Keep the mutation: only fill in the parent and a run-unique name where the broken
    // rule is elsewhere, so a sweeper could still find anything the target wrongly kept.
    if (isRecord(json)) {
      const pointer = this.generated.mutation?.pointer ?? '';
      const patched = { ...json };
      if (appId && !pointer.startsWith('/applicationId')) patched.applicationId = appId;
      if (typeof json.displayName === 'string' && !pointer.startsWith('/displayName')) {
        patched.displayName = target.uniqueName(json.displayName);
      }
      return { json: patched, mutation: this.generated.mutation };
    }
    return body ? { json, mutation: this.generated.mutation }
      : { mutation: this.generated.mutation };
  }

  private listScope(model: SuiteModel, json: unknown, appId: string | undefined):
    Record<string, string> | undefined {
    if (this.kind === 'function') return appId ? { applicationId: appId } : undefined;
    const compartment = isRecord(json) && typeof json.compartmentId === 'string'
      ? json.compartmentId : model.applications[0]?.compartmentId;
    return compartment ? { compartmentId: compartment } : undefined;
  }

  private async listedIds(target: StatefulTarget, query: Record<string, string>) {
    const role = this.kind === 'application' ? 'listApplications' : 'listFunctions';
    const { items } = await target.client.listAll(role, query);
    return new Set(items.map((item) => String(item.id)));
  }
}

/** Whatever a target wrongly created is still ours to delete at clean-up; then judge. */
function noteAccidentalCreate(target: StatefulTarget, kind: ResourceKind,
  exchange: Exchange): void {
  const body = parseJson(exchange);
  if (exchange.response.status < 300 && isRecord(body) && typeof body.id === 'string') {
    target.track(kind, body.id, {});
  }
  target.recorder.judgeExchange(exchange);
}
