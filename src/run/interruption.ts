import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Ctrl-C reaches the CLI, which then deletes what the run created. The suites run in jest's
// sandboxed module registry and share no memory with the CLI, so the CLI tells them to stop
// creating things through a file in the run directory.

const FLAG_FILE = 'interrupted';

export function markInterrupted(runDir: string): void {
  writeFileSync(path.join(runDir, FLAG_FILE), '');
}

export function isInterrupted(runDir: string): boolean {
  return existsSync(path.join(runDir, FLAG_FILE));
}
