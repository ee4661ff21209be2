import { createHash, sign as rsaSign } from 'node:crypto';

import type { OutgoingRequest } from '../transport/types';
import { signingString } from './_internal/signingString';
import type { OciCredentials } from './ociCredentials';

// Why node:crypto and not oci-common's DefaultRequestSigner (OCI-FACTS 6.4), for every
// request rather than only the ones it gets wrong:
// - it hashes the body as UTF-8 text (jssha "TEXT") and accepts only string or stream bodies,
//   so a binary invoke payload either throws (Buffer) or is signed with the hash and length of
//   its re-encoded text, and the target answers 401;
// - it reads the clock itself, is async, and writes into a fetch Headers object, while the
//   suite needs a pure `(request, now) -> request` to sign at send time and to test;
// - through http-signature it adds an unsigned Date header and spells the signed names in
//   mixed case, so recorded exchanges would differ by body type if we used it for text only.
// The output matches it byte for byte on text bodies (ociSigner.test.ts proves it), and
// credentials still come from oci-common's config parser (ociCredentials.ts).

/** Adds authentication to a request just before it is sent. */
export interface RequestSigner {
  /** The keyId signatures carry: `<tenancy>/<user>/<fingerprint>`. Not secret. */
  readonly keyId: string;
  /**
   * Returns a signed copy of `request`; the input is not changed. Sign at send time: OCI
   * rejects a date more than 5 minutes from its clock.
   * @param now - the signing time. @defaultValue `new Date()`
   */
  sign(request: OutgoingRequest, now?: Date): OutgoingRequest;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
// The TypeScript SDK's order (OCI-FACTS 6.1); any order is valid if `headers=` lists it.
const GENERIC_HEADERS = ['x-date', '(request-target)', 'host'];
const BODY_HEADERS = ['content-type', 'content-length', 'x-content-sha256'];
const SET_BY_SIGNER = ['authorization', 'x-date', 'host', ...BODY_HEADERS];
// What the SDKs send when the caller names no media type.
const DEFAULT_CONTENT_TYPE = 'application/json';
const EMPTY_BODY = new Uint8Array(0);

/** The caller's headers without any spelling of the ones the signer sets, plus their values. */
function splitHeaders(headers: Record<string, string>) {
  const kept: Record<string, string> = {};
  const replaced: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (SET_BY_SIGNER.includes(lower)) replaced[lower] = value.trim();
    else kept[name] = value;
  }
  return { kept, replaced };
}

/**
 * Signs requests with the OCI API key in `credentials`: `(request-target)`, `host` (with a
 * non-default port), `x-date`, and for POST, PUT and PATCH also `content-type` (kept when
 * set, else `application/json`), `content-length` and `x-content-sha256` over the body bytes,
 * also when the body is empty. Any Authorization header already present is replaced.
 */
export function createOciSigner(credentials: OciCredentials): RequestSigner {
  const { keyId, privateKey } = credentials;

  function sign(request: OutgoingRequest, now: Date = new Date()): OutgoingRequest {
    const method = request.method.toUpperCase();
    // undici sends `pathname + search` of the WHATWG-parsed URL; signing the same string
    // keeps percent-encoding and query order exactly as they go on the wire.
    const url = new URL(request.url);
    const target = `${url.pathname}${url.search}`;
    const { kept, replaced } = splitHeaders(request.headers);

    const signed: Record<string, string> = {
      'x-date': now.toUTCString(),
      // A Host the caller set is what undici sends; otherwise it is the URL's, port included.
      host: replaced.host || url.host,
    };
    const names = [...GENERIC_HEADERS];
    if (BODY_METHODS.has(method)) {
      const body = request.body ?? EMPTY_BODY;
      signed['content-type'] = replaced['content-type'] || DEFAULT_CONTENT_TYPE;
      signed['content-length'] = String(body.byteLength);
      signed['x-content-sha256'] = createHash('sha256').update(body).digest('base64');
      names.push(...BODY_HEADERS);
    }

    const text = signingString(method, target, names, signed);
    const signature = rsaSign('sha256', Buffer.from(text, 'utf8'), privateKey).toString('base64');
    const authorization = `Signature version="1",keyId="${keyId}",algorithm="rsa-sha256",` +
      `headers="${names.join(' ')}",signature="${signature}"`;
    return { ...request, headers: { ...kept, ...signed, authorization } };
  }

  return { keyId, sign };
}
