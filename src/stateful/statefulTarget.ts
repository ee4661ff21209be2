import type { Exchange } from '../checks/types';
import type { LeftoverRecord } from '../run/records';
import { deleteAndWait } from '../cleanup/deleteAndWait';
import { pollUntil } from '../core/pollUntil';
import { idParameter } from '../spec/apiRoles';
import { GONE_STATES, isLegalTransition } from './lifecycleGraph';
import type { ResourceKind, ResourceModel } from './model';
import { ledgerCreated, ledgerDeleted } from './resourceLedger';
import { isRecord, parseJson, type StatefulClient } from './statefulClient';
import { STATEFUL_CHECKS as C } from './statefulChecks';
import type { StatefulRecorder } from './statefulRecorder';

export interface StatefulSettings {
  /** How long a create may take to reach ACTIVE, or a delete to reach DELETED or 404. */
  lifecycleTimeoutMs: number;
  /** Whether functions created with the profile's image echo their input. */
  invokeEcho: boolean;
  /** How long a new resource may take to appear in a list. */
  listConsistencyMs: number;
  /** Resources a sequence may have alive at once (0: no limit). */
  maxResourcesAlive: number;
  /** Prefix of every displayName the run creates, so a sweeper can find leftovers. */
  namePrefix: string;
  runDir: string;
}

const SETTLED = ['ACTIVE', 'FAILED'];

/**
 * The target as the commands see it: typed operations on resources, each judged as it goes
 * (lifecycle, deleted-stays-deleted), and a list of everything created so it can be deleted
 * again at the end of every command sequence.
 */
export class StatefulTarget {
  private readonly created: ResourceModel[] = [];
  private nameCounter = 0;

  constructor(
    readonly client: StatefulClient,
    readonly recorder: StatefulRecorder,
    readonly settings: StatefulSettings,
  ) {}

  uniqueName(generated: unknown): string {
    this.nameCounter += 1;
    const suffix = typeof generated === 'string' ? generated.slice(0, 40) : '';
    return `${this.settings.namePrefix}${this.nameCounter}-${suffix}`;
  }

  /** Notes a resource the target reported creating; it will be deleted at clean-up. */
  track(kind: ResourceKind, id: string, sent: Record<string, unknown>,
    parent?: ResourceModel): ResourceModel {
    const resource: ResourceModel = { kind, id, sent, parent, deleted: false,
      compartmentId: kind === 'application' ? stringOf(sent.compartmentId)
        : parent?.compartmentId };
    this.created.push(resource);
    ledgerCreated(this.settings.runDir, kind, id);
    return resource;
  }

  async get(resource: ResourceModel): Promise<Exchange> {
    const role = resource.kind === 'application' ? 'getApplication' : 'getFunction';
    const exchange = await this.client.call(role,
      { pathParams: { [idParameter(this.client.roles[role])]: resource.id } });
    this.observe(resource, exchange);
    return exchange;
  }

  /** Judges the lifecycle seen in a response about `resource` against what came before. */
  observe(resource: ResourceModel, exchange: Exchange): void {
    if (resource.orphaned) return;
    const gone = exchange.response.status === 404;
    const body = parseJson(exchange);
    const state = isRecord(body) && typeof body.lifecycleState === 'string'
      ? body.lifecycleState : undefined;
    if (!gone && !state) return;

    if (resource.deleted && resource.goneSeen) {
      this.recorder.expect(gone || GONE_STATES.includes(state!), C.deletedStaysDeleted,
        exchange, () => ({ expected: 'DELETING, DELETED or 404 after the resource was seen ' +
          'going', received: state ?? String(exchange.response.status),
        where: 'body /lifecycleState' }));
    }
    if (resource.deleted && (gone || GONE_STATES.includes(state!))) resource.goneSeen = true;
    if (state && resource.lastState) {
      const from = resource.lastState;
      this.recorder.expect(isLegalTransition(from, state), C.lifecycleTransition, exchange,
        () => ({ expected: `a state reachable from ${from}`, received: state,
          where: 'body /lifecycleState' }));
    }
    if (state) resource.lastState = state;
  }

  /** Polls until the resource is ACTIVE or FAILED; MUST within the lifecycle timeout. */
  async waitUntilSettled(resource: ResourceModel): Promise<void> {
    const exchange = await this.poll(resource, (e) => {
      const body = parseJson(e);
      return isRecord(body) && SETTLED.includes(String(body.lifecycleState));
    });
    this.recorder.expect(exchange.settled, C.lifecycleSettles, exchange.last, () => ({
      expected: `ACTIVE or FAILED within ${this.settings.lifecycleTimeoutMs} ms of create`,
      received: `still ${resource.lastState ?? `status ${exchange.last.response.status}`}`,
      where: 'body /lifecycleState' }));
  }

  /** Polls until the resource reads DELETED or 404; MUST within the lifecycle timeout. */
  async waitUntilGone(resource: ResourceModel): Promise<void> {
    const exchange = await this.poll(resource, (e) => e.response.status === 404
      || String((parseJson(e) as Record<string, unknown> | undefined)?.lifecycleState)
        === 'DELETED');
    if (exchange.settled) this.confirmGone(resource);
    this.recorder.expect(exchange.settled, C.lifecycleSettles, exchange.last, () => ({
      expected: `DELETED or 404 within ${this.settings.lifecycleTimeoutMs} ms of delete`,
      received: `still ${resource.lastState ?? `status ${exchange.last.response.status}`}`,
      where: 'body /lifecycleState' }));
  }

  markDeleted(resource: ResourceModel): void {
    resource.deleted = true;
  }

  confirmGone(resource: ResourceModel): void {
    resource.deleted = true;
    resource.confirmedGone = true;
    ledgerDeleted(this.settings.runDir, resource.kind, resource.id);
  }

  /**
   * Deletes everything this sequence created and is not yet deleted: functions first, then
   * applications once their functions are gone (the live service refuses otherwise).
   * Never throws: what cannot be deleted is returned for the report.
   */
  async cleanUp(): Promise<LeftoverRecord[]> {
    const pending = this.created.filter((r) => !r.confirmedGone);
    const target = this.client.deleteTarget(this.settings.lifecycleTimeoutMs);
    const leftovers: LeftoverRecord[] = [];
    // Functions all at once, then applications all at once: waits overlap, so a target
    // that never lets go costs one timeout per kind, not one per resource.
    for (const kind of ['function', 'application'] as const) {
      const ofKind = pending.filter((r) => r.kind === kind);
      const reasons = await Promise.all(ofKind.map((r) => deleteAndWait(target, kind, r.id)));
      ofKind.forEach((resource, i) => {
        const reason = reasons[i];
        if (reason) leftovers.push({ type: 'leftover', kind, id: resource.id, reason });
        else this.confirmGone(resource);
      });
    }
    return leftovers;
  }

  private poll(resource: ResourceModel, done: (e: Exchange) => boolean):
    Promise<{ settled: boolean; last: Exchange }> {
    return pollUntil(() => this.get(resource), done, this.settings.lifecycleTimeoutMs);
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
