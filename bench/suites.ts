import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { checksFor } from '../src/checks/registry';
import { DEFAULTS } from '../src/options/defaults';
import {
  invalidRequestArbitrary, validRequestArbitrary,
} from '../src/generation/requestArbitrary';
import type { SuiteName } from '../src/run/records';
import { runProperty } from '../src/run/runProperty';
import { findRoles } from '../src/spec/apiRoles';
import { loadSpec } from '../src/spec/loadSpec';
import type { ApiModel, OperationModel } from '../src/spec/model';
import { runStatefulSuite } from '../src/stateful/runStatefulSuite';
import { createHttpTransport } from '../src/transport/httpTransport';
import { median } from './measure';

const REPO = path.join(__dirname, '..');
const TOKEN = 'bench-token';
const HEADERS = { Authorization: `Bearer ${TOKEN}` };

export interface SuiteFigures {
  suite: SuiteName;
  requestsPerSecond: number;
  casesPerSecond: number;
  requests: number;
}

/** The reference server in its own process, so it has a core of its own, as a target would. */
export async function startReferenceProcess(): Promise<{ url: string; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx',
    'fixtures/reference-server/main.ts', '--port', '0', '--token', TOKEN],
  { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening on (\S+)/.exec(chunk.toString());
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`reference server exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/**
 * One suite against the target, as the CLI runs it (every operation's property, all checks,
 * up to `concurrency` properties at once), timed from the first request to the last.
 */
async function timeStatelessSuite(api: ApiModel, url: string, suite: 'positive' | 'negative',
  runs: number, seed: number): Promise<SuiteFigures> {
  const transport = createHttpTransport({ timeoutMs: 10_000, connections: 16 });
  const options = { components: api.schemas, pins: {}, fieldRules: {} };
  const arbitraryOf = (op: OperationModel) => (suite === 'positive'
    ? validRequestArbitrary(op, options) : invalidRequestArbitrary(op, options));
  const operations = api.operations.filter((op) => arbitraryOf(op) !== undefined);
  const checkContext = { api, options: { acceptedRefusals: [...DEFAULTS.acceptedRefusals] } };

  const started = performance.now();
  let requests = 0;
  let cases = 0;
  await inParallel(operations, DEFAULTS.concurrency, async (operation) => {
    const result = await runProperty({ suite, operation, arbitrary: arbitraryOf(operation)!,
      checks: checksFor(suite), checkContext, transport, targetUrl: url,
      profileHeaders: HEADERS, seed, runs, replayCommand: () => '' });
    requests += result.stats.requests;
    cases += runs;
  });
  const seconds = (performance.now() - started) / 1000;
  await transport.close();
  return { suite, requests, requestsPerSecond: requests / seconds,
    casesPerSecond: cases / seconds };
}

async function timeStatefulSuite(api: ApiModel, url: string, runs: number, seed: number,
  runDir: string): Promise<SuiteFigures> {
  const found = findRoles(api);
  if ('missing' in found) throw new Error('the document lacks the stateful operations');
  const transport = createHttpTransport({ timeoutMs: 10_000, connections: 8 });
  const started = performance.now();
  const result = await runStatefulSuite({ roles: found.roles,
    checkContext: { api, options: { acceptedRefusals: [...DEFAULTS.acceptedRefusals] } },
    transport, targetUrl: url, headers: HEADERS,
    generation: { components: api.schemas, pins: {}, fieldRules: {} },
    settings: { lifecycleTimeoutMs: 5_000, invokeEcho: true, listConsistencyMs: 1_000,
      namePrefix: 'bench-', runDir },
    seed, runs, maxCommands: DEFAULTS.maxCommands, replayCommand: () => '' });
  const seconds = (performance.now() - started) / 1000;
  await transport.close();
  const requests = result.stats.reduce((sum, s) => sum + s.requests, 0);
  return { suite: 'stateful', requests, requestsPerSecond: requests / seconds,
    casesPerSecond: runs / seconds };
}

/** Median figures of `repeats` timed runs of each suite against a fresh reference server. */
export async function benchSuites(repeats: number, runDir: string): Promise<SuiteFigures[]> {
  const api = await loadSpec();
  const server = await startReferenceProcess();
  try {
    const figures: SuiteFigures[] = [];
    for (const suite of ['positive', 'negative', 'stateful'] as const) {
      const samples: SuiteFigures[] = [];
      for (let i = 0; i < repeats; i += 1) {
        samples.push(suite === 'stateful'
          ? await timeStatefulSuite(api, server.url, 40, i + 1, runDir)
          : await timeStatelessSuite(api, server.url, suite, 1_000, i + 1));
      }
      figures.push({ suite, requests: median(samples.map((s) => s.requests)),
        requestsPerSecond: median(samples.map((s) => s.requestsPerSecond)),
        casesPerSecond: median(samples.map((s) => s.casesPerSecond)) });
    }
    return figures;
  } finally {
    server.stop();
  }
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(Array.from({ length: limit }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  }));
}
