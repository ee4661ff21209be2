import { jsonField } from '../core/jsonField';
import { pollUntil } from '../core/pollUntil';
import { buildUrl } from '../transport/buildUrl';
import type { OutgoingRequest, Transport } from '../transport/types';
import { type ApiRoles, idParameter, type ResourceKind } from '../spec/apiRoles';

export interface DeleteTarget {
  transport: Transport;
  targetUrl: string;
  roles: ApiRoles;
  headers: Record<string, string>;
  timeoutMs: number;
}

/**
 * Deletes one resource and waits until it reads DELETED or 404. Used where deleting must go
 * on whatever happens (end of a sequence, Ctrl-C, the sweeper): it never throws and returns
 * why the resource is still there, or undefined once it is gone.
 */
export async function deleteAndWait(target: DeleteTarget, kind: ResourceKind, id: string):
  Promise<string | undefined> {
  const deleteRole = kind === 'application' ? 'deleteApplication' : 'deleteFunction';
  const getRole = kind === 'application' ? 'getApplication' : 'getFunction';
  try {
    const deleted = await target.transport.send(request(target, deleteRole, id));
    if (deleted.status >= 300 && deleted.status !== 404) {
      const code = jsonField(deleted.body, 'code');
      return `delete answered ${deleted.status}${code ? ` ${code}` : ''}`;
    }

    const gone = await pollUntil(() => target.transport.send(request(target, getRole, id)),
      (read) => read.status === 404 || jsonField(read.body, 'lifecycleState') === 'DELETED',
      target.timeoutMs);
    if (gone.settled) return undefined;
    const state = jsonField(gone.last.body, 'lifecycleState');
    return `still ${state ?? `answering ${gone.last.status}`} ${target.timeoutMs} ms after delete`;
  } catch (error) {
    return (error as Error).message;
  }
}

function request(target: DeleteTarget, role: keyof ApiRoles, id: string): OutgoingRequest {
  const operation = target.roles[role];
  return {
    method: operation.method.toUpperCase(),
    url: buildUrl(target.targetUrl, operation.path, { [idParameter(operation)]: id }, {}),
    headers: { ...target.headers },
  };
}
