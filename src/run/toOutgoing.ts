import type { CredentialsVariant } from '../checks/types';
import type { GeneratedRequest } from '../generation/requestArbitrary';
import { buildUrl } from '../transport/buildUrl';
import type { OutgoingRequest } from '../transport/types';
import { tamperCredentials } from './tamperCredentials';
import { markCredentials } from './targetTransport';

/** A generated request, as a suite may adjust it before sending. */
export type SuiteRequest = GeneratedRequest & { credentials?: CredentialsVariant };

/** Serialises a generated request for the wire: final URL, profile headers, body bytes. */
export function toOutgoing(
  generated: SuiteRequest,
  template: string,
  targetUrl: string,
  profileHeaders: Record<string, string>,
  signed = false,
): OutgoingRequest {
  const credentialed = generated.credentials
    ? tamperCredentials(profileHeaders, generated.credentials, signed)
    : profileHeaders;
  const headers: Record<string, string> = { ...credentialed, ...generated.headers };
  let body: Uint8Array | undefined;

  if (generated.body) {
    headers['content-type'] = generated.body.mediaType;
    body = generated.body.raw
      ?? Buffer.from(JSON.stringify(generated.body.json) ?? '', 'utf8');
  }
  const request: OutgoingRequest = {
    method: generated.method.toUpperCase(),
    url: buildUrl(targetUrl, template, generated.pathParams, generated.query),
    headers,
    body,
  };
  if (generated.credentials) markCredentials(request, generated.credentials);
  return request;
}
