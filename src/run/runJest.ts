import path from 'node:path';

import { runCLI } from '@jest/core';

import { REPO_ROOT } from '../options/defaults';
import type { ResolvedOptions } from '../options/resolveOptions';

const REPORTERS = ['consoleReporter.ts', 'jsonReporter.ts', 'junitReporter.ts',
  'htmlReporter.ts', 'markdownReporter.ts'];

/**
 * Runs the conformance suites (suites/*.conformance.ts) in jest with our reporters only.
 * This configuration lives here, not in jest.config.ts, so that `npm test` never picks up a
 * suite that talks to a target.
 */
/** How many suite tests jest saw fail, and suite files that could not run at all. */
export interface JestOutcome {
  failedTests: number;
  brokenFiles: number;
}

export async function runConformanceSuites(options: ResolvedOptions): Promise<JestOutcome> {
  const config = {
    rootDir: REPO_ROOT,
    roots: ['<rootDir>/suites'],
    testMatch: ['**/*.conformance.ts'],
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': ['@swc/jest', {}] },
    reporters: REPORTERS.map((file) => [path.join(REPO_ROOT, 'reporters', file), {}]),
    watchman: false,
  };

  const { results } = await runCLI({
    _: [],
    $0: 'conformance',
    config: JSON.stringify(config),
    // In band: the suites share one process with the CLI, so Ctrl-C stops them at once and
    // the CLI can delete what they created; properties still overlap through concurrency.
    runInBand: true,
    silent: true,
    shard: options.shard,
    cache: true,
  }, [REPO_ROOT]);
  return { failedTests: results.numFailedTests,
    brokenFiles: results.numRuntimeErrorTestSuites };
}
