import type { Exchange } from '../checks/types';
import { jsonField } from '../core/jsonField';
import { findRoles, type ResourceKind } from '../spec/apiRoles';
import type { ApiModel } from '../spec/model';
import { ledgerCreated } from '../stateful/resourceLedger';

/**
 * On a target that keeps state, a valid create in the positive suite (or an invalid one the
 * target wrongly accepts) leaves a real resource behind. This notes each one in the run's
 * ledger the moment it is answered, so the CLI deletes it at the end of the run.
 */
export function createdResourceTracker(api: ApiModel, runDir: string):
  (exchange: Exchange) => void {
  const found = findRoles(api);
  if ('missing' in found) return () => undefined;
  const kinds = new Map<string, ResourceKind>([
    [found.roles.createApplication.operationId, 'application'],
    [found.roles.createFunction.operationId, 'function'],
  ]);

  return ({ operation, response }) => {
    const kind = kinds.get(operation.operationId);
    if (!kind || response.status >= 300) return;
    const id = jsonField(response.body, 'id');
    if (id) ledgerCreated(runDir, kind, id);
  };
}
