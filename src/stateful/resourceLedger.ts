import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { ResourceKind } from './model';

// Every resource the suite creates is written down here before anything else happens to it,
// so that whatever stops a run (a failed check, a crash, Ctrl-C) the CLI can still find and
// delete it. One line per event in the run directory.

const LEDGER_FILE = 'resources.ndjson';

interface LedgerLine {
  event: 'created' | 'deleted';
  kind: ResourceKind;
  id: string;
}

export function ledgerCreated(runDir: string, kind: ResourceKind, id: string): void {
  append(runDir, { event: 'created', kind, id });
}

export function ledgerDeleted(runDir: string, kind: ResourceKind, id: string): void {
  append(runDir, { event: 'deleted', kind, id });
}

/** Resources created and not known to be deleted: functions first, as they must go first. */
export function ledgerPending(runDir: string): Array<{ kind: ResourceKind; id: string }> {
  const file = path.join(runDir, LEDGER_FILE);
  if (!existsSync(file)) return [];
  const alive = new Map<string, ResourceKind>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as LedgerLine;
    if (entry.event === 'created') alive.set(entry.id, entry.kind);
    else alive.delete(entry.id);
  }
  const pending = [...alive].map(([id, kind]) => ({ kind, id }));
  return [...pending.filter((r) => r.kind === 'function'),
    ...pending.filter((r) => r.kind === 'application')];
}

function append(runDir: string, line: LedgerLine): void {
  appendFileSync(path.join(runDir, LEDGER_FILE), `${JSON.stringify(line)}\n`);
}
