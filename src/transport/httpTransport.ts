import { Agent, errors, request as undiciRequest } from 'undici';

import { SuiteError } from '../core/errors';
import type { OutgoingRequest, ReceivedResponse, Transport } from './types';

export interface HttpTransportOptions {
  /** Give up on a request whose response has not fully arrived after this long. */
  timeoutMs: number;
  /** Keep-alive connections per origin; more lets concurrent properties overlap. */
  connections?: number;
}

/**
 * Sends requests over keep-alive connections with undici. Network-level trouble (refused,
 * hanging, not HTTP) becomes a SuiteError: that is the tool failing to reach the target,
 * never a finding about the target's conformance.
 */
export function createHttpTransport(options: HttpTransportOptions): Transport {
  const agent = new Agent({
    connections: options.connections ?? 16,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connectTimeout: Math.min(options.timeoutMs, 10_000),
    keepAliveTimeout: 10_000,
  });

  return {
    async send(request: OutgoingRequest): Promise<ReceivedResponse> {
      const started = performance.now();
      try {
        const response = await undiciRequest(request.url, {
          method: request.method as 'GET',
          headers: request.headers,
          body: request.body,
          dispatcher: agent,
        });
        const body = Buffer.from(await response.body.arrayBuffer());
        return {
          status: response.statusCode,
          headers: lowerCaseHeaders(response.headers),
          body,
          durationMs: performance.now() - started,
        };
      } catch (cause) {
        throw classifyNetworkError(cause, request, options.timeoutMs);
      }
    },
    close: () => agent.close(),
  };
}

function lowerCaseHeaders(raw: Record<string, string | string[] | undefined>) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export function classifyNetworkError(
  cause: unknown,
  request: OutgoingRequest,
  timeoutMs: number,
): SuiteError {
  const where = `${request.method} ${request.url}`;
  const code = networkCode(cause);

  if (cause instanceof errors.HeadersTimeoutError || cause instanceof errors.BodyTimeoutError
    || cause instanceof errors.ConnectTimeoutError) {
    return new SuiteError('TARGET_TIMEOUT',
      `${where} got no complete response within ${timeoutMs} ms; check that the target is ` +
      'healthy, or raise requestTimeoutMs in the profile (--profile)', { cause });
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN'
    || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ECONNRESET'
    || code === 'EADDRNOTAVAIL') {
    return new SuiteError('TARGET_UNREACHABLE',
      `cannot reach ${where} (${code}); start the server or pass the right base URL with ` +
      '--target URL', { cause });
  }
  if (cause instanceof errors.HTTPParserError || cause instanceof errors.SocketError
    || /^HPE_/.test(code)) {
    return new SuiteError('TARGET_GARBAGE',
      `${where} answered something that is not HTTP (${code || 'parse error'}); check that ` +
      '--target points at an HTTP server of the API, not at another kind of service',
      { cause });
  }
  return new SuiteError('TARGET_UNREACHABLE',
    `${where} failed: ${cause instanceof Error ? cause.message : String(cause)}; check ` +
    '--target URL', { cause });
}

function networkCode(cause: unknown): string {
  const seen = new Set<unknown>();
  let current: unknown = cause;
  // undici wraps the socket error; the errno code may sit a level or two down.
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && !code.startsWith('UND_ERR')) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return '';
}
