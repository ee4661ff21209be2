import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { RunRecord } from './records';

const PREFIX = 'results-';

/** Appends records for this process; one file per worker, so writers never interleave. */
export function recordResult(runDir: string, record: RunRecord): void {
  appendFileSync(path.join(runDir, `${PREFIX}${process.pid}.ndjson`),
    `${JSON.stringify(record)}\n`);
}

export function readResults(runDir: string): RunRecord[] {
  const records: RunRecord[] = [];
  for (const name of readdirSync(runDir).sort()) {
    if (!name.startsWith(PREFIX)) continue;
    const text = readFileSync(path.join(runDir, name), 'utf8');
    for (const line of text.split('\n')) {
      if (line.trim()) records.push(JSON.parse(line) as RunRecord);
    }
  }
  return records;
}
