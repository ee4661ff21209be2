import { ledgerPending } from '../stateful/resourceLedger';
import type { LeftoverRecord } from '../run/records';
import { deleteAndWait, type DeleteTarget } from './deleteAndWait';

/**
 * Deletes whatever the run's ledger says was created and not yet deleted: what an
 * interrupted or crashed run left behind. Functions go first, as the live service refuses to
 * delete an application that still has some.
 */
export async function sweepLedger(runDir: string, target: DeleteTarget):
  Promise<LeftoverRecord[]> {
  const leftovers: LeftoverRecord[] = [];
  for (const { kind, id } of ledgerPending(runDir)) {
    const reason = await deleteAndWait(target, kind, id);
    if (reason) leftovers.push({ type: 'leftover', kind, id, reason });
  }
  return leftovers;
}
