import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export interface ChildRun {
  wallMs: number;
  peakRssMb: number;
  stdout: string;
  code: number | null;
}

/**
 * Runs a node script in a child process and reports its wall time and peak resident memory,
 * read from the kernel's high-water mark (VmHWM) while it runs.
 */
export function runNode(args: string[], cwd: string): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let peakKb = 0;
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.resume();
  const sampler = setInterval(() => { peakKb = Math.max(peakKb, highWaterKb(child.pid!)); }, 25);

  return new Promise((resolve) => child.on('close', (code) => {
    clearInterval(sampler);
    resolve({ wallMs: performance.now() - started, peakRssMb: peakKb / 1024, stdout, code });
  }));
}

function highWaterKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}
