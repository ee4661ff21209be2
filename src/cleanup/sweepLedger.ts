import { ledgerPending } from '../stateful/resourceLedger';
import type { LeftoverRecord } from '../run/records';
import { deleteAndWait, type DeleteTarget } from './deleteAndWait';

/**
 * Deletes whatever the run's ledger says was created and not yet deleted: what an
 * interrupted or crashed run left behind. Functions go first, as the live service refuses to
 * delete an application that still has some; those of a kind go at once.
 */
export async function sweepLedger(runDir: string, target: DeleteTarget):
  Promise<LeftoverRecord[]> {
  const pending = ledgerPending(runDir);
  const leftovers: LeftoverRecord[] = [];
  for (const kind of ['function', 'application'] as const) {
    const ofKind = pending.filter((r) => r.kind === kind);
    const reasons = await Promise.all(ofKind.map((r) => deleteAndWait(target, kind, r.id)));
    ofKind.forEach(({ id }, i) => {
      if (reasons[i]) leftovers.push({ type: 'leftover', kind, id, reason: reasons[i]! });
    });
  }
  return leftovers;
}
