import { createHash } from 'node:crypto';

import { DefaultRequestSigner, SimpleAuthenticationDetailsProvider } from 'oci-common';

import { verifyOciSignature } from '../../fixtures/reference-server/verifySignature';
import type { OutgoingRequest } from '../transport/types';
import { generateTestKeys, TENANCY, USER } from './_internal/testing/ociTestKeys';
import { ociCredentialsFromValues } from './ociCredentials';
import { createOciSigner } from './ociSigner';

const keys = generateTestKeys();
const credentials = ociCredentialsFromValues(
  { tenancy: TENANCY, user: USER, privateKeyPem: keys.privatePem });
const signer = createOciSigner(credentials);

const NOW = new Date('2025-03-04T05:06:07Z');
const BASE = 'http://127.0.0.1:8080/20181201';
const EMPTY_SHA256 = '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
const AUTHORIZATION = new RegExp('^Signature version="1",keyId="([^"]+)",' +
  'algorithm="rsa-sha256",headers="([^"]+)",signature="([A-Za-z0-9+/=]+)"$');

/** Verifies with the reference server's verifier; `target` is written out by each test. */
function verify(request: OutgoingRequest, target: string, now = NOW.getTime()) {
  return verifyOciSignature({
    method: request.method,
    target,
    headers: request.headers,
    body: Buffer.from(request.body ?? []),
  }, keys.publicPem, now);
}

function signedHeaderNames(request: OutgoingRequest): string {
  return AUTHORIZATION.exec(request.headers.authorization)?.[2] ?? '(no match)';
}

describe('createOciSigner', () => {
  it('signs a GET over (request-target), host with its port, and x-date', () => {
    const signed = signer.sign(
      { method: 'GET', url: `${BASE}/applications?compartmentId=c1`, headers: {} }, NOW);

    expect(signed.headers.authorization).toMatch(AUTHORIZATION);
    expect(AUTHORIZATION.exec(signed.headers.authorization)?.[1]).toBe(credentials.keyId);
    expect(signedHeaderNames(signed)).toBe('x-date (request-target) host');
    expect(signed.headers.host).toBe('127.0.0.1:8080');
    expect(signed.headers['x-date']).toBe('Tue, 04 Mar 2025 05:06:07 GMT');
    expect(signed.headers).not.toHaveProperty('x-content-sha256');
    expect(verify(signed, '/20181201/applications?compartmentId=c1')).toEqual({ ok: true });
  });

  it('signs a POST with JSON, hashing the body bytes', () => {
    const body = Buffer.from(JSON.stringify({ displayName: 'ünïcödé', compartmentId: 'c1' }));

    const signed = signer.sign({ method: 'POST', url: `${BASE}/applications`,
      headers: { 'Content-Type': 'application/json' }, body }, NOW);

    expect(signedHeaderNames(signed))
      .toBe('x-date (request-target) host content-type content-length x-content-sha256');
    expect(signed.headers['content-length']).toBe(String(body.length));
    expect(signed.headers['x-content-sha256'])
      .toBe(createHash('sha256').update(body).digest('base64'));
    expect(verify(signed, '/20181201/applications')).toEqual({ ok: true });
  });

  it('signs a binary body byte for byte, not as re-encoded text', () => {
    // 0x00, 0xff, a lone continuation byte and a truncated sequence: none survive UTF-8.
    const body = Buffer.from([0x00, 0xff, 0x80, 0xc3, 0x28, 0xfe, 0x0a, 0x00]);
    const asText = Buffer.from(body.toString('utf8'), 'utf8');

    const signed = signer.sign({ method: 'POST', url: `${BASE}/functions/f1/actions/invoke`,
      headers: { 'content-type': 'application/octet-stream' }, body }, NOW);

    expect(signed.headers['content-length']).toBe('8');
    expect(signed.headers['x-content-sha256'])
      .toBe(createHash('sha256').update(body).digest('base64'));
    expect(asText.equals(body)).toBe(false);
    expect(signed.headers['x-content-sha256'])
      .not.toBe(createHash('sha256').update(asText).digest('base64'));
    expect(verify(signed, '/20181201/functions/f1/actions/invoke')).toEqual({ ok: true });
  });

  it.each([
    ['no body', undefined],
    ['a zero-length body', new Uint8Array(0)],
  ])('signs the body headers of a POST with %s', (_, body) => {
    const signed = signer.sign({ method: 'POST', url: `${BASE}/applications/a1/actions/x`,
      headers: {}, body }, NOW);

    expect(signed.headers['x-content-sha256']).toBe(EMPTY_SHA256);
    expect(signed.headers['content-length']).toBe('0');
    expect(signed.headers['content-type']).toBe('application/json');
    expect(signedHeaderNames(signed)).toContain('content-length x-content-sha256');
    expect(verify(signed, '/20181201/applications/a1/actions/x')).toEqual({ ok: true });
  });

  it.each(['PUT', 'PATCH'])('signs the body headers of a %s', (method) => {
    const signed = signer.sign({ method, url: `${BASE}/applications/a1`, headers: {},
      body: Buffer.from('{}') }, NOW);

    expect(signedHeaderNames(signed)).toContain('x-content-sha256');
    expect(verify(signed, '/20181201/applications/a1')).toEqual({ ok: true });
  });

  it.each(['DELETE', 'HEAD'])('signs a %s without body headers', (method) => {
    const signed = signer.sign({ method, url: `${BASE}/applications/a1`, headers: {} }, NOW);

    expect(signedHeaderNames(signed)).toBe('x-date (request-target) host');
    expect(verify(signed, '/20181201/applications/a1')).toEqual({ ok: true });
  });

  it('signs the target as sent: percent-encoding and query order kept', () => {
    const target = '/20181201/functions/a%2Fb%3Fc%25/actions/invoke?z=%41&a=1&a=0';

    const signed = signer.sign({ method: 'POST', url: `${BASE.replace('/20181201', '')}${target}`,
      headers: {}, body: Buffer.from('x') }, NOW);

    expect(verify(signed, target)).toEqual({ ok: true });
    expect(verify(signed, '/20181201/functions/a/b?c%/actions/invoke?z=A&a=1&a=0').ok)
      .toBe(false);
    expect(verify(signed, '/20181201/functions/a%2Fb%3Fc%25/actions/invoke?a=1&a=0&z=%41').ok)
      .toBe(false);
  });

  it('leaves the default port out of host', () => {
    const signed = signer.sign({ method: 'GET', url: 'https://functions.us-ashburn-1.' +
      'oci.oraclecloud.com:443/20181201/applications', headers: {} }, NOW);

    expect(signed.headers.host).toBe('functions.us-ashburn-1.oci.oraclecloud.com');
  });

  it('fails verification when the body, path or date is changed after signing', () => {
    const signed = signer.sign({ method: 'POST', url: `${BASE}/applications`, headers: {},
      body: Buffer.from('{"displayName":"a"}') }, NOW);
    const tampered = { ...signed, body: Buffer.from('{"displayName":"b"}') };
    const later = NOW.getTime() + 6 * 60 * 1000;

    expect(verify(tampered, '/20181201/applications')).toMatchObject({ ok: false });
    expect(verify(signed, '/20181201/applicationz')).toMatchObject({ ok: false });
    expect(verify(signed, '/20181201/applications', later)).toMatchObject({ ok: false });
  });

  it('replaces any spelling of the headers it sets and keeps the caller\'s others', () => {
    const request = { method: 'POST', url: `${BASE}/applications`, body: Buffer.from('{}'),
      headers: { Authorization: 'Bearer old', 'Content-Type': ' application/json ',
        'CONTENT-LENGTH': '99', 'X-Date': 'yesterday', 'opc-request-id': 'r1' } };
    const before = structuredClone(request);

    const signed = signer.sign(request, NOW);

    expect(Object.keys(signed.headers).sort()).toEqual(['authorization', 'content-length',
      'content-type', 'host', 'opc-request-id', 'x-content-sha256', 'x-date']);
    expect(signed.headers['content-type']).toBe('application/json');
    expect(signed.headers['content-length']).toBe('2');
    expect(signed.body).toBe(request.body);
    expect(request).toEqual(before);
  });

  it('signs a text body exactly as oci-common\'s DefaultRequestSigner does', async () => {
    const body = JSON.stringify({ compartmentId: 'c1', displayName: 'same bytes either way' });
    const url = `${BASE}/applications?x=%2F`;
    const provider = new SimpleAuthenticationDetailsProvider(
      TENANCY, USER, credentials.fingerprint, keys.privatePem, null);
    const headers = new Headers({ 'x-date': NOW.toUTCString() });

    await new DefaultRequestSigner(provider).signHttpRequest(
      { method: 'POST', uri: url, headers, body });
    const ours = signer.sign({ method: 'POST', url, headers: {}, body: Buffer.from(body) }, NOW);

    const signatureOf = (authorization: string | null) => /signature="([^"]+)"/
      .exec(authorization ?? '')?.[1];
    expect(ours.headers['x-content-sha256']).toBe(headers.get('x-content-sha256'));
    expect(signatureOf(ours.headers.authorization))
      .toBe(signatureOf(headers.get('authorization')));
  });
});
