import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { DEFAULTS } from '../src/options/defaults';
import { resolveOptions } from '../src/options/resolveOptions';
import {
  invalidRequestArbitrary, validRequestArbitrary,
} from '../src/generation/requestArbitrary';
import type { SuiteName } from '../src/run/records';
import { readResults } from '../src/run/resultSink';
import type { RunContext } from '../src/run/runContext';
import { type ArbitraryFactory, runStatelessSuite } from '../src/run/statelessSuiteRunner';
import { findRoles } from '../src/spec/apiRoles';
import { loadSpec } from '../src/spec/loadSpec';
import type { ApiModel } from '../src/spec/model';
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
 * One suite against the target as the CLI runs it (the same runner: every operation's
 * property, all checks, chunks and concurrency as in a run), timed from start to finish.
 */
async function timeStatelessSuite(api: ApiModel, url: string, suite: 'positive' | 'negative',
  runs: number, seed: number, runDir: string): Promise<SuiteFigures> {
  const resolved = resolveOptions(['--target', url, '--runs', String(runs),
    '--seed', String(seed)]);
  const options = { ...resolved, profile: { ...resolved.profile, headers: HEADERS } };
  const context: RunContext = { options, targetUrl: url, runDir, suites: [suite],
    operationIds: api.operations.map((op) => op.operationId),
    startedAt: new Date().toISOString(), runId: 'bench',
    spec: { title: api.title, version: api.version }, specIsCustom: false,
    documentedResponses: {} };
  const transport = createHttpTransport({ timeoutMs: 10_000,
    connections: options.concurrency * 2 });
  const generation = { components: api.schemas, pins: {}, fieldRules: {} };
  const factory: ArbitraryFactory = (operation) => (suite === 'positive'
    ? validRequestArbitrary(operation, generation)
    : invalidRequestArbitrary(operation, generation) ?? { skip: 'nothing to break' });

  const before = requestsRecorded(runDir);
  const started = performance.now();
  const settled = runStatelessSuite(suite, context, async () => ({ api, transport }), factory);
  await Promise.all(settled.values());
  const seconds = (performance.now() - started) / 1000;
  await transport.close();

  const requests = requestsRecorded(runDir) - before;
  const cases = requests;
  return { suite, requests, requestsPerSecond: requests / seconds,
    casesPerSecond: cases / seconds };
}

function requestsRecorded(runDir: string): number {
  return readResults(runDir).reduce((sum, r) => sum + (r.type === 'stats' ? r.requests : 0), 0);
}

/** Statuses seen so far, so a run refused wholesale (401) cannot pass for a fast one. */
export function statusesRecorded(runDir: string): Record<string, number> {
  const statuses: Record<string, number> = {};
  for (const record of readResults(runDir)) {
    if (record.type !== 'stats') continue;
    for (const [status, n] of Object.entries(record.statuses)) {
      statuses[status] = (statuses[status] ?? 0) + n;
    }
  }
  return statuses;
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
      maxResourcesAlive: 0, namePrefix: 'bench-', runDir },
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
          : await timeStatelessSuite(api, server.url, suite, 1_000, i + 1, runDir));
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
