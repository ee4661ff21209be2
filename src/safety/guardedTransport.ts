import { appendFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { SuiteError } from '../core/errors';
import type { OutgoingRequest, ReceivedResponse, Transport } from '../transport/types';
import type { Budget } from './budget';

const RETRY_STATUSES = [429, 503];
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;
const COUNTER_FILE = 'requests.count';

export interface GuardOptions {
  budget: Budget;
  /** The run directory, where the run-wide request count is kept (one byte a request). */
  runDir?: string;
  /** Told of each retry, so runs report how many they needed. */
  onRetry?: (request: OutgoingRequest, response: ReceivedResponse) => void;
}

/**
 * A transport that keeps to the budget: it spaces requests to the rate limit, stops the run
 * once the request budget is spent, and retries 429 and 503 with backoff (honouring
 * Retry-After). A response still 429 or 503 after the last attempt is returned as it is, so
 * a real failure is judged, never hidden.
 */
export function guardedTransport(inner: Transport, options: GuardOptions): Transport {
  const { budget } = options;
  const spacingMs = budget.maxRequestsPerSecond > 0 ? 1000 / budget.maxRequestsPerSecond : 0;
  let nextSlot = 0;

  const takeSlot = async () => {
    if (spacingMs === 0) return;
    const now = Date.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + spacingMs;
    if (slot > now) await sleep(slot - now);
  };

  const count = () => {
    if (budget.maxRequests === 0 || !options.runDir) return;
    const file = path.join(options.runDir, COUNTER_FILE);
    appendFileSync(file, '.');
    const sent = statSync(file).size;
    if (sent > budget.maxRequests) {
      throw new SuiteError('BUDGET_EXCEEDED', `the run reached its budget of ` +
        `${budget.maxRequests} requests; lower --runs, or raise budget.maxRequests in the ` +
        'profile');
    }
  };

  return {
    async send(request) {
      for (let attempt = 1; ; attempt += 1) {
        count();
        await takeSlot();
        const response = await inner.send(request);
        if (!RETRY_STATUSES.includes(response.status) || attempt >= budget.retryAttempts) {
          return response;
        }
        options.onRetry?.(request, response);
        await sleep(retryDelayMs(response, attempt));
      }
    },
    close: () => inner.close(),
  };
}

/** Retry-After (seconds or an HTTP date) when given, else exponential backoff; capped. */
export function retryDelayMs(response: ReceivedResponse, attempt: number): number {
  const header = response.headers['retry-after'];
  if (header) {
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), MAX_BACKOFF_MS);
  }
  return Math.min(FIRST_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS);
}
