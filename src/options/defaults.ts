import path from 'node:path';

// Every default of the suite, in one place. README.md documents each.

/** The suites, in the order they run and reports list them. */
export const SUITES = ['positive', 'negative', 'auth', 'stateful'] as const;

export const REPO_ROOT = path.join(__dirname, '..', '..');

export const DEFAULTS = {
  /** Generated requests per property (one property per operation and suite). */
  runs: 25,
  reportDir: 'reports',
  /** Properties run at once against a server on this machine; the stateful suite keeps its
   * own order regardless. */
  concurrency: 8,
  /** ... and against anything else: a live region is shared, and throttles. */
  remoteConcurrency: 2,
  /** Per-request timeout when the profile sets none. */
  requestTimeoutMs: 10_000,
  /** A whole property (all its runs and shrinking) may take this long before jest stops it;
   * per-request timeouts end a hanging target long before. */
  propertyTimeoutMs: 30 * 60_000,
  /** Terraform's Functions provider waits minutes; live creates take about a second. */
  lifecycleTimeoutMs: 120_000,
  /** Lists may lag behind creates on a distributed service; this long is not a finding. */
  listConsistencyMs: 5_000,
  /** Commands in one stateful sequence. */
  maxCommands: 20,
  /** Prefix of every displayName a run creates; the sweeper looks for it. */
  namePrefix: 'cfs-',
  /** How long the reachability probe before a run may take. */
  preflightTimeoutMs: 5_000,
  /** Statuses with which a target may refuse a valid request without a finding:
   * unauthorised, forbidden, not found, conflict, throttled. */
  acceptedRefusals: [401, 403, 404, 409, 429],
  /** The profile used for the embedded Prism mock. */
  prismProfilePath: path.join(REPO_ROOT, 'fixtures', 'profiles', 'prism.json'),
} as const;
