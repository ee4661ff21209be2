import { maskHeaders, maskText } from '../core/mask';
import type { OutgoingRequest, ReceivedResponse } from '../transport/types';
import type { RequestSummary, ResponseSummary } from './records';

const MAX_BODY_CHARS = 2_000;

export function summariseRequest(request: OutgoingRequest, secrets: string[]): RequestSummary {
  return {
    method: request.method,
    url: request.url,
    headers: maskHeaders(request.headers),
    body: request.body && request.body.length > 0
      ? maskText(bodyText(Buffer.from(request.body)), secrets)
      : undefined,
  };
}

export function summariseResponse(response: ReceivedResponse, secrets: string[]):
  ResponseSummary {
  return {
    status: response.status,
    headers: maskHeaders(response.headers),
    body: maskText(bodyText(response.body), secrets),
    durationMs: Math.round(response.durationMs * 10) / 10,
  };
}

function bodyText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  const exact = Buffer.from(text, 'utf8').equals(bytes);
  const shown = exact ? text : `base64:${bytes.toString('base64')}`;
  return shown.length > MAX_BODY_CHARS ? `${shown.slice(0, MAX_BODY_CHARS)}… (trimmed)` : shown;
}
