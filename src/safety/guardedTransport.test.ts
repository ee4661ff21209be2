import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { SuiteError } from '../core/errors';
import type { ReceivedResponse, Transport } from '../transport/types';
import { LOOPBACK_BUDGET } from './budget';
import { guardedTransport, retryDelayMs } from './guardedTransport';

function scripted(statuses: number[], headers: Record<string, string> = {}) {
  const sent: number[] = [];
  const transport: Transport = {
    async send() {
      sent.push(Date.now());
      const status = statuses.shift() ?? 200;
      return { status, headers, body: Buffer.alloc(0), durationMs: 1 };
    },
    close: async () => undefined,
  };
  return { transport, sent };
}

const request = { method: 'GET', url: 'http://127.0.0.1/x', headers: {} };

describe('guardedTransport', () => {
  it('retries 429 and 503, honouring Retry-After, and counts each retry', async () => {
    const target = scripted([429, 503, 200], { 'retry-after': '0' });
    let retries = 0;
    const guarded = guardedTransport(target.transport, { budget: { ...LOOPBACK_BUDGET,
      retryAttempts: 4 }, onRetry: () => { retries += 1; } });

    const response = await guarded.send(request);

    expect(response.status).toBe(200);
    expect(retries).toBe(2);
  });

  it('returns the last 503 once attempts are spent, so the failure is judged', async () => {
    const target = scripted([503, 503, 503], { 'retry-after': '0' });
    const guarded = guardedTransport(target.transport, { budget: { ...LOOPBACK_BUDGET,
      retryAttempts: 2 } });

    expect((await guarded.send(request)).status).toBe(503);
    expect(target.sent).toHaveLength(2);
  });

  it('spaces requests to the rate limit', async () => {
    const target = scripted([]);
    const guarded = guardedTransport(target.transport, { budget: { ...LOOPBACK_BUDGET,
      maxRequestsPerSecond: 20 } });

    await Promise.all([1, 2, 3, 4].map(() => guarded.send(request)));

    expect(target.sent[3] - target.sent[0]).toBeGreaterThanOrEqual(140);
  });

  it('stops the run with BUDGET_EXCEEDED once the request budget is spent', async () => {
    const runDir = mkdtempSync(path.join(os.tmpdir(), 'budget-'));
    const guarded = guardedTransport(scripted([]).transport, { runDir,
      budget: { ...LOOPBACK_BUDGET, maxRequests: 2 } });
    await guarded.send(request);
    await guarded.send(request);

    const error = await guarded.send(request).catch((e: unknown) => e) as SuiteError;

    expect(error.code).toBe('BUDGET_EXCEEDED');
    expect(error.message).toMatch(/budget of 2 requests/);
  });

  it('reads Retry-After as seconds or as a date, and caps it', () => {
    const at = (value: string): ReceivedResponse => ({ status: 429,
      headers: { 'retry-after': value }, body: Buffer.alloc(0), durationMs: 0 });

    expect(retryDelayMs(at('3'), 1)).toBe(3_000);
    expect(retryDelayMs(at('99999'), 1)).toBe(60_000);
    expect(retryDelayMs(at(new Date(Date.now() + 2_000).toUTCString()), 1))
      .toBeGreaterThan(500);
  });
});
