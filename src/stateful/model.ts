// What the suite believes the target holds. Commands compare the target's answers with it
// and update it; fast-check builds a fresh one for every command sequence.

import type { ResourceKind } from '../spec/apiRoles';

export type { ResourceKind };

export interface ResourceModel {
  kind: ResourceKind;
  id: string;
  /** The create body as sent; read-your-writes compares answers with it. */
  sent: Record<string, unknown>;
  compartmentId?: string;
  /** For functions: the application it lives in. */
  parent?: ResourceModel;
  /** The last lifecycleState seen, to judge the next one. */
  lastState?: string;
  /** A delete was accepted. */
  deleted: boolean;
  /** After a delete, the target has shown DELETING, DELETED or 404 once: from now on only
   * those are right (a live state would be the resource coming back). */
  goneSeen?: boolean;
  /** Deleted with its application by a target that cascades: judged no further. */
  orphaned?: boolean;
  /** Seen DELETED or 404 after our delete: nothing left to clean up. */
  confirmedGone?: boolean;
  invokeEndpoint?: string;
}

export interface SuiteModel {
  applications: ResourceModel[];
  functions: ResourceModel[];
  /** The budget's maxResourcesAlive: creates wait for deletes beyond it (0: no limit). */
  maxAlive: number;
}

export function emptyModel(maxAlive = 0): SuiteModel {
  return { applications: [], functions: [], maxAlive };
}

/** Whether `count` more resources may be created without going over the budget. */
export function roomFor(model: Readonly<SuiteModel>, count = 1): boolean {
  if (model.maxAlive === 0) return true;
  const alive = live(model.applications).length + live(model.functions).length;
  return alive + count <= model.maxAlive;
}

export function live(resources: ResourceModel[]): ResourceModel[] {
  return resources.filter((r) => !r.deleted);
}

export function liveFunctionsOf(model: SuiteModel, app: ResourceModel): ResourceModel[] {
  return model.functions.filter((f) => !f.deleted && f.parent === app);
}

/** Picks one of `items` by a generated number, so commands can name "the n-th live app". */
export function pick<T>(items: T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}
