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

/** A body as readable text: UTF-8 when it is exactly that, else `base64:...`; trimmed. */
export function bodyText(bytes: Buffer, maxChars = MAX_BODY_CHARS): string {
  const text = bytes.toString('utf8');
  const exact = Buffer.from(text, 'utf8').equals(bytes);
  const shown = exact ? text : `base64:${bytes.toString('base64')}`;
  return shown.length > maxChars ? `${shown.slice(0, maxChars)}… (trimmed)` : shown;
}
