import type { CheckResultRecord, StatsRecord } from './records';

/** The fewest runs a chunk of a property gets; below it, splitting costs more than it saves. */
export const MIN_RUNS_PER_CHUNK = 100;
const MAX_CHUNKS = 4;

export interface Chunk {
  seed: number;
  runs: number;
}

/**
 * A property with many runs, cut into chunks that can run at once: each is a property of its
 * own over the same arbitrary with its own seed, so a failure in one replays on its own
 * (its seed and path are in the report). One chunk, with the run's seed, when runs are few.
 */
export function chunksOf(seed: number, runs: number): Chunk[] {
  const count = Math.min(MAX_CHUNKS, Math.floor(runs / MIN_RUNS_PER_CHUNK));
  if (count <= 1) return [{ seed, runs }];
  return Array.from({ length: count }, (_, i) => ({
    seed: (seed + i) | 0,
    runs: Math.floor(runs / count) + (i < runs % count ? 1 : 0),
  }));
}

/** One record per check from the chunks' records: failed if any chunk failed. */
export function mergeCheckRecords(chunks: CheckResultRecord[][]): CheckResultRecord[] {
  if (chunks.length === 1) return chunks[0];
  return chunks[0].map((first, index) => {
    const all = chunks.map((records) => records[index]);
    const exchanges = all.reduce((sum, r) => sum + r.exchanges, 0);
    const failure = all.find((r) => r.status === 'failed');
    if (failure) return { ...failure, exchanges };
    if (all.some((r) => r.status === 'passed')) {
      return { ...first, status: 'passed', exchanges,
        message: `held for ${exchanges} exchanges` };
    }
    return { ...first, exchanges };
  });
}

export function mergeStats(chunks: StatsRecord[]): StatsRecord {
  const [first] = chunks;
  const statuses: Record<string, number> = {};
  for (const chunk of chunks) {
    for (const [status, count] of Object.entries(chunk.statuses)) {
      statuses[status] = (statuses[status] ?? 0) + count;
    }
  }
  return { ...first, statuses,
    requests: chunks.reduce((sum, c) => sum + c.requests, 0),
    durationMs: chunks.reduce((sum, c) => sum + c.durationMs, 0) };
}
