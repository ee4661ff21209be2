import { setTimeout as sleep } from 'node:timers/promises';

const FIRST_WAIT_MS = 20;
const MAX_WAIT_MS = 2_000;

/**
 * Reads until `done` holds or `timeoutMs` has passed, waiting 20 ms, then twice as long each
 * time up to 2 s: quick against a local server, gentle on a live one. Always reads at least
 * once; `last` is the final reading either way.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
): Promise<{ settled: boolean; last: T }> {
  const deadline = Date.now() + timeoutMs;
  for (let wait = FIRST_WAIT_MS; ; wait = Math.min(wait * 2, MAX_WAIT_MS)) {
    const last = await read();
    if (done(last)) return { settled: true, last };
    if (Date.now() + wait > deadline) return { settled: false, last };
    await sleep(wait);
  }
}
