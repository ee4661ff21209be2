import { setTimeout as sleep } from 'node:timers/promises';

import type { CheckInfo, Exchange } from '../../checks/types';
import { compareWrites } from '../compareWrites';
import type { ResourceModel } from '../model';
import { STATEFUL_CHECKS as C } from '../statefulChecks';
import type { StatefulTarget } from '../statefulTarget';
import { responseSchemaOf } from './schemas';

type Item = Record<string, unknown>;

/**
 * Lists one parent's children and judges the list: every live child is there (asking again
 * for a few seconds first, as lists may lag), nothing of another parent is, each item agrees
 * with what was created, and no deleted child is listed as ACTIVE. `containsCheck` names
 * the check a missing child is reported under, given which are missing.
 */
export async function judgeList(
  target: StatefulTarget,
  role: 'listApplications' | 'listFunctions',
  query: Record<string, string>,
  scope: { field: 'compartmentId' | 'applicationId'; value: string },
  ours: ResourceModel[],
  others: ResourceModel[],
  containsCheck: (absent: ResourceModel[]) => CheckInfo = () => C.listContainsLive,
): Promise<void> {
  const expected = ours.filter((r) => !r.deleted);
  let listed = await target.client.listAll(role, query);
  const deadline = Date.now() + target.settings.listConsistencyMs;
  while (missing(listed.items, expected).length > 0 && Date.now() < deadline) {
    await sleep(250);
    listed = await target.client.listAll(role, query);
  }
  if (listed.exchange.response.status !== 200) return;

  const { items, exchange } = listed;
  const absent = missing(items, expected);
  target.recorder.expect(absent.length === 0, containsCheck(absent), exchange, () => ({
    expected: `${absent[0].kind} ${absent[0].id} in the list of ${scope.field} ${scope.value}`,
    received: `${items.length} items without it`, where: 'body' }));

  judgeScope(target, exchange, items, scope, others);
  judgeItems(target, exchange, items, ours);
}

function judgeScope(target: StatefulTarget, exchange: Exchange, items: Item[],
  scope: { field: string; value: string }, others: ResourceModel[]): void {
  const foreignIds = new Set(others.map((r) => r.id));
  const stray = items.find((item) => foreignIds.has(String(item.id))
    || (scope.field in item && item[scope.field] !== scope.value));
  target.recorder.expect(!stray, C.listScoped, exchange, () => ({
    expected: `only items with ${scope.field} ${scope.value}`,
    received: `${String(stray!.id)} with ${scope.field} ${String(stray![scope.field])}`,
    where: 'body' }));
}

function judgeItems(target: StatefulTarget, exchange: Exchange, items: Item[],
  ours: ResourceModel[]): void {
  const summarySchema = responseSchemaOf(exchange.operation);
  for (const resource of ours) {
    const item = items.find((i) => i.id === resource.id);
    if (!item) continue;
    if (resource.deleted) {
      if (!resource.goneSeen || resource.orphaned) continue;
      target.recorder.expect(item.lifecycleState !== 'ACTIVE', C.deletedNotListedActive,
        exchange, () => ({ expected: `${resource.id} not ACTIVE: it was deleted`,
          received: 'ACTIVE', where: 'body' }));
      continue;
    }
    const differences = compareWrites(resource.sent, item, summarySchema);
    target.recorder.expect(differences.length === 0, C.listSummaryAgrees, exchange,
      () => ({ ...differences[0], where: `list item ${resource.id}: ${differences[0].where}` }));
  }
}

function missing(items: Item[], expected: ResourceModel[]): ResourceModel[] {
  const ids = new Set(items.map((item) => item.id));
  return expected.filter((r) => !ids.has(r.id));
}
