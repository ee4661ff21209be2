import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { SuiteError } from '../core/errors';
import { findFreePort } from './freePort';

const PRISM_BIN = path.join(path.dirname(require.resolve('@stoplight/prism-cli/package.json')),
  'dist', 'index.js');

export interface EmbeddedPrismOptions {
  specPath: string;
  /** How long Prism may take to start listening before we give up. */
  startTimeoutMs?: number;
}

/**
 * A `prism mock` child process on a free loopback port. It is stopped by its PID, also when
 * the parent process exits, so a run leaves no Prism behind.
 */
export class EmbeddedPrism {
  private child?: ChildProcess;
  private readonly output: string[] = [];
  private readonly stopOnExit = () => this.child?.kill('SIGKILL');

  constructor(private readonly options: EmbeddedPrismOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(): Promise<string> {
    const port = await findFreePort();
    const child = spawn(process.execPath,
      [PRISM_BIN, 'mock', '-h', '127.0.0.1', '-p', String(port), this.options.specPath],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    process.once('exit', this.stopOnExit);

    const url = `http://127.0.0.1:${port}`;
    await this.waitUntilListening(child, this.options.startTimeoutMs ?? 30_000);
    return url;
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    process.removeListener('exit', this.stopOnExit);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;

    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  }

  // Prism prints a "listening" line once its server is up; waiting for it is faster and
  // surer than polling the port, and an early exit tells us why it failed.
  private waitUntilListening(child: ChildProcess, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const fail = (reason: string) => {
        cleanup();
        void this.stop();
        reject(new SuiteError('MOCK_FAILED',
          `the embedded Prism mock ${reason}; its last output: ` +
          `${this.lastOutput() || '(none)'}; try again, or pass --target URL to test a ` +
          'server you start yourself'));
      };
      const onData = (chunk: Buffer) => {
        this.remember(chunk);
        if (/listening on/i.test(chunk.toString())) {
          cleanup();
          // After start-up Prism logs every request; keep draining so it never blocks.
          child.stdout?.resume();
          resolve();
        }
      };
      const onExit = (code: number | null) => fail(`exited with code ${code} while starting`);
      const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        child.stdout?.removeListener('data', onData);
        child.removeListener('exit', onExit);
      };

      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => this.remember(chunk));
      child.once('exit', onExit);
    });
  }

  private remember(chunk: Buffer): void {
    this.output.push(chunk.toString());
    if (this.output.length > 20) this.output.shift();
  }

  private lastOutput(): string {
    return this.output.join('').replace(/\s+/g, ' ').trim().slice(-300);
  }
}
