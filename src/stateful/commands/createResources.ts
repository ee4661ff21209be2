import type { Exchange } from '../../checks/types';
import type { GeneratedRequest } from '../../generation/requestArbitrary';
import type { ResourceKind, ResourceModel, SuiteModel } from '../model';
import { isRecord, parseJson } from '../statefulClient';
import { STATEFUL_CHECKS as C } from '../statefulChecks';
import type { StatefulTarget } from '../statefulTarget';
import { compareDefaults, compareWrites } from '../compareWrites';
import { responseSchemaOf } from './schemas';

/** The create body a command sends: the generated one with a run-unique displayName. */
export function createBody(
  target: StatefulTarget,
  generated: GeneratedRequest,
  parent?: ResourceModel,
): Record<string, unknown> {
  const json = isRecord(generated.body?.json) ? generated.body.json : {};
  const body: Record<string, unknown> = { ...json,
    displayName: target.uniqueName(json.displayName) };
  if (parent) body.applicationId = parent.id;
  return body;
}

/**
 * Sends a create, and when the target accepts it: records the new resource (so it is deleted
 * again), checks the id is new and the fields came back, waits for ACTIVE, and reads it back.
 * Returns undefined when the target refused the create.
 */
export async function createResource(
  model: SuiteModel,
  target: StatefulTarget,
  kind: ResourceKind,
  body: Record<string, unknown>,
  parent?: ResourceModel,
): Promise<ResourceModel | undefined> {
  const role = kind === 'application' ? 'createApplication' : 'createFunction';
  const exchange = await target.client.call(role, { json: body, deferJudgement: true });
  const resource = acceptCreated(model, target, kind, body, exchange, parent);
  if (!resource) return undefined;

  await target.waitUntilSettled(resource);
  await checkReadBack(target, resource);
  return resource;
}

/**
 * The part of a create that needs no waiting; used by parallel creates too. The exchange
 * comes unjudged: anything the target says it created is tracked first, then judged.
 */
export function acceptCreated(
  model: SuiteModel,
  target: StatefulTarget,
  kind: ResourceKind,
  body: Record<string, unknown>,
  exchange: Exchange,
  parent?: ResourceModel,
): ResourceModel | undefined {
  const created = parseJson(exchange);
  const id = isRecord(created) ? created.id : undefined;
  const accepted = exchange.response.status < 300;
  const known = [...model.applications, ...model.functions].some((r) => r.id === id);
  const resource = accepted && typeof id === 'string' && !known
    ? target.track(kind, id, body, parent) : undefined;
  target.recorder.judgeExchange(exchange);

  if (!accepted) return undefined;
  if (typeof id !== 'string' || !isRecord(created)) {
    target.recorder.fail(C.readYourWrites, exchange.operation.operationId, {
      expected: 'the created resource with a string id', received: 'no id', where: 'body /id',
    }, exchange);
    return undefined;
  }

  target.recorder.expect(!known, C.idsUnique, exchange, () => ({
    expected: 'an id no other resource has', received: id, where: 'body /id' }));
  if (!resource) return undefined;
  (kind === 'application' ? model.applications : model.functions).push(resource);
  resource.invokeEndpoint = typeof created.invokeEndpoint === 'string'
    ? created.invokeEndpoint : undefined;

  judgeFields(target, resource, exchange, created);
  target.observe(resource, exchange);
  return resource;
}

/** GET after create: the same id, the fields sent, the defaults, the parent's compartment. */
export async function checkReadBack(target: StatefulTarget, resource: ResourceModel):
  Promise<void> {
  const exchange = await target.get(resource);
  const body = parseJson(exchange);
  if (exchange.response.status !== 200 || !isRecord(body)) {
    target.recorder.fail(C.readYourWrites, exchange.operation.operationId, {
      expected: `200 with the ${resource.kind} just created`,
      received: String(exchange.response.status), where: 'status' }, exchange);
    return;
  }
  target.recorder.expect(body.id === resource.id, C.readYourWrites, exchange, () => ({
    expected: `id ${resource.id}`, received: String(body.id), where: 'body /id' }));
  judgeFields(target, resource, exchange, body);
}

function judgeFields(
  target: StatefulTarget,
  resource: ResourceModel,
  exchange: Exchange,
  received: Record<string, unknown>,
): void {
  const responseSchema = responseSchemaOf(exchange.operation);
  const requestRole = resource.kind === 'application' ? 'createApplication' : 'createFunction';
  const requestSchema = target.client.roles[requestRole].requestBody?.content[0]?.schema;

  const writes = compareWrites(resource.sent, received, responseSchema);
  target.recorder.expect(writes.length === 0, C.readYourWrites, exchange, () => writes[0]);
  const defaults = compareDefaults(resource.sent, received, requestSchema, responseSchema);
  target.recorder.expect(defaults.length === 0, C.defaultsApplied, exchange, () => defaults[0]);

  const parentCompartment = resource.parent?.compartmentId;
  if (resource.kind === 'function' && parentCompartment && 'compartmentId' in received) {
    target.recorder.expect(received.compartmentId === parentCompartment,
      C.compartmentInherited, exchange, () => ({
        expected: `compartmentId ${parentCompartment} (its application's)`,
        received: String(received.compartmentId), where: 'body /compartmentId' }));
  }
}
