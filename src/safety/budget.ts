/** Limits that keep a run from overloading, or running up a bill on, a shared target. */
export interface Budget {
  /** Requests the whole run may send; 0 for no limit. */
  maxRequests: number;
  /** Requests a second the run may send; 0 for no limit. */
  maxRequestsPerSecond: number;
  /** Resources the stateful suite may have alive at once; 0 for no limit. */
  maxResourcesAlive: number;
  /** Attempts per request when the target answers 429 or 503 (1: no retry). */
  retryAttempts: number;
  /** How long the whole run may take; 0 for no limit. */
  runTimeoutMs: number;
}

/** On loopback the target is the user's own process: nothing to protect. */
export const LOOPBACK_BUDGET: Budget = {
  maxRequests: 0,
  maxRequestsPerSecond: 0,
  maxResourcesAlive: 0,
  retryAttempts: 1,
  runTimeoutMs: 0,
};

/** Anywhere else (a live region): modest limits a user raises on purpose, in the profile. */
export const REMOTE_BUDGET: Budget = {
  maxRequests: 5_000,
  maxRequestsPerSecond: 10,
  maxResourcesAlive: 10,
  retryAttempts: 4,
  runTimeoutMs: 2 * 60 * 60_000,
};

export function isLoopback(url: string | undefined): boolean {
  if (!url) return true;
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
}

/** The budget for a target: the profile's fields over the defaults for where it is. */
export function resolveBudget(target: string | undefined, overrides: Partial<Budget> = {}):
  Budget {
  return { ...(isLoopback(target) ? LOOPBACK_BUDGET : REMOTE_BUDGET), ...overrides };
}
