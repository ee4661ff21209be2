import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { ConformanceReport } from '../../reporters/reportModel';

const REPO_ROOT = path.join(__dirname, '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  reportDir: string;
  report(): ConformanceReport;
}

/**
 * Runs a command line tool of the suite the way a user does (node + tsx, a child process)
 * and kills it by PID if it outlives `timeoutMs`.
 */
export function runCli(script: 'conformance' | 'sweep' | 'mergeReports', args: string[],
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv; onStart?: (pid: number) => void } = {},
): Promise<CliRun> {
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'e2e-reports-'));
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`,
    ...(script === 'conformance' ? ['--report-dir', reportDir] : []), ...args],
  { cwd: REPO_ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  options.onStart?.(child.pid!);

  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);

  return new Promise((resolve) => child.on('close', (code) => {
    clearTimeout(timer);
    resolve({ code, stdout, stderr, durationMs: Date.now() - started, reportDir,
      report: () => JSON.parse(readFileSync(path.join(reportDir, 'conformance-report.json'),
        'utf8')) as ConformanceReport });
  }));
}

/** A profile file for the reference server, with short timeouts so faults show fast. */
export function referenceProfile(token: string, overrides: Record<string, unknown> = {}):
  string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-profile-'));
  const file = path.join(dir, 'reference.json');
  writeFileSync(file, JSON.stringify({
    name: 'reference-server-test',
    headers: { Authorization: `Bearer ${token}` },
    stateful: true,
    verifiesCredentials: true,
    invokeEcho: true,
    lifecycleTimeoutMs: 1_500,
    listConsistencyMs: 200,
    requestTimeoutMs: 5_000,
    ...overrides,
  }));
  return file;
}
