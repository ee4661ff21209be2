import type { GeneratedRequest } from '../generation/requestArbitrary';
import { buildUrl } from '../transport/buildUrl';
import type { OutgoingRequest } from '../transport/types';

/** Serialises a generated request for the wire: final URL, profile headers, body bytes. */
export function toOutgoing(
  generated: GeneratedRequest,
  template: string,
  targetUrl: string,
  profileHeaders: Record<string, string>,
): OutgoingRequest {
  const headers: Record<string, string> = { ...profileHeaders, ...generated.headers };
  let body: Uint8Array | undefined;

  if (generated.body) {
    headers['content-type'] = generated.body.mediaType;
    body = generated.body.raw
      ?? Buffer.from(JSON.stringify(generated.body.json) ?? '', 'utf8');
  }
  return {
    method: generated.method.toUpperCase(),
    url: buildUrl(targetUrl, template, generated.pathParams, generated.query),
    headers,
    body,
  };
}
