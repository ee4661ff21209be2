import type { Transport } from '../transport/types';
import { buildUrl } from '../transport/buildUrl';
import type { ApiRoles, ResourceKind } from '../spec/apiRoles';
import { deleteAndWait } from './deleteAndWait';

export interface SweepOptions {
  transport: Transport;
  targetUrl: string;
  roles: ApiRoles;
  headers: Record<string, string>;
  compartmentId: string;
  /** Only applications whose displayName starts with this are touched. */
  prefix: string;
  timeoutMs: number;
}

export interface SweepOutcome {
  removed: Array<{ kind: ResourceKind; id: string; displayName: string }>;
  failed: Array<{ kind: ResourceKind; id: string; displayName: string; reason: string }>;
}

const MAX_PAGES = 100;

/**
 * Finds the applications earlier runs left in a compartment (by displayName prefix) and
 * deletes them with all their functions, functions first, waiting for each deletion.
 */
export async function sweep(options: SweepOptions): Promise<SweepOutcome> {
  const outcome: SweepOutcome = { removed: [], failed: [] };
  const target = { transport: options.transport, targetUrl: options.targetUrl,
    roles: options.roles, headers: options.headers, timeoutMs: options.timeoutMs };

  const apps = (await listAll(options, 'listApplications',
    { compartmentId: options.compartmentId }))
    .filter((app) => String(app.displayName ?? '').startsWith(options.prefix)
      && app.lifecycleState !== 'DELETED');
  for (const app of apps) {
    const functions = (await listAll(options, 'listFunctions', { applicationId: app.id }))
      .filter((fn) => fn.lifecycleState !== 'DELETED');
    let functionsLeft = false;
    for (const fn of functions) {
      functionsLeft = !await remove(outcome, target, 'function', fn) || functionsLeft;
    }
    if (functionsLeft) {
      outcome.failed.push({ kind: 'application', id: app.id,
        displayName: String(app.displayName), reason: 'some of its functions remain' });
    } else {
      await remove(outcome, target, 'application', app);
    }
  }
  return outcome;
}

async function remove(
  outcome: SweepOutcome,
  target: Parameters<typeof deleteAndWait>[0],
  kind: ResourceKind,
  item: { id: string; displayName?: unknown },
): Promise<boolean> {
  const displayName = String(item.displayName ?? '');
  const reason = await deleteAndWait(target, kind, item.id);
  if (reason) outcome.failed.push({ kind, id: item.id, displayName, reason });
  else outcome.removed.push({ kind, id: item.id, displayName });
  return !reason;
}

async function listAll(
  options: SweepOptions,
  role: 'listApplications' | 'listFunctions',
  query: Record<string, string>,
): Promise<Array<{ id: string; displayName?: unknown; lifecycleState?: unknown }>> {
  const operation = options.roles[role];
  const items: Array<{ id: string; displayName?: unknown; lifecycleState?: unknown }> = [];
  let page: string | undefined;
  for (let n = 0; n < MAX_PAGES; n += 1) {
    const response = await options.transport.send({ method: 'GET', headers: { ...options.headers },
      url: buildUrl(options.targetUrl, operation.path, {}, page ? { ...query, page } : query) });
    if (response.status !== 200) {
      throw new Error(`${operation.operationId} answered ${response.status}`);
    }
    const body = JSON.parse(response.body.toString('utf8')) as unknown;
    if (Array.isArray(body)) {
      items.push(...body.filter((i): i is { id: string } => typeof i?.id === 'string'));
    }
    page = response.headers['opc-next-page'];
    if (!page) break;
  }
  return items;
}
