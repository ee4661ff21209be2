import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { ResolvedOptions } from '../options/resolveOptions';
import type { SuiteName } from './records';

/**
 * What the CLI hands to the suites running in jest workers. It travels as a JSON file in the
 * run directory, named by one environment variable, because jest workers are separate
 * processes that share nothing else with the CLI.
 */
export interface RunContext {
  options: ResolvedOptions;
  targetUrl: string;
  runDir: string;
  suites: SuiteName[];
  operationIds: string[];
  startedAt: string;
  /** Short random id of this run; part of every displayName it creates. */
  runId: string;
  spec: { title: string; version: string };
  /** Whether --spec named a document other than the shipped one. */
  specIsCustom: boolean;
  /** Per selected operation, the statuses the document declares (for coverage). */
  documentedResponses: Record<string, string[]>;
  /** On a stateful target: the application the negative suite creates functions in. */
  fixtureApplicationId?: string;
}

export const RUN_DIR_ENV = 'CONFORMANCE_RUN_DIR';
const CONTEXT_FILE = 'context.json';

export function writeRunContext(context: RunContext): void {
  writeFileSync(path.join(context.runDir, CONTEXT_FILE), JSON.stringify(context));
}

export function readRunContext(runDir = process.env[RUN_DIR_ENV]): RunContext {
  if (!runDir) {
    throw new Error(`${RUN_DIR_ENV} is not set: the suites in suites/ are run by ` +
      '`npm run conformance`, not by jest directly');
  }
  return JSON.parse(readFileSync(path.join(runDir, CONTEXT_FILE), 'utf8')) as RunContext;
}
