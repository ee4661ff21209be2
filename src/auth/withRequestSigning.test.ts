import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { startReferenceServer } from '../../fixtures/reference-server';
import { verifyOciSignature } from '../../fixtures/reference-server/verifySignature';
import { createHttpTransport } from '../transport/httpTransport';
import type { Transport } from '../transport/types';
import { generateTestKeys, TENANCY, USER } from './_internal/testing/ociTestKeys';
import { ociAuthRejected } from './ociAuthRejected';
import { ociCredentialsFromValues } from './ociCredentials';
import { createOciSigner } from './ociSigner';
import { withRequestSigning } from './withRequestSigning';

// Signs, sends through the real undici transport, and verifies what a server received: the
// raw request target and the body bytes off the socket, not what the client meant to send.

interface Received {
  method: string;
  target: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

const keys = generateTestKeys();
const credentials = ociCredentialsFromValues(
  { tenancy: TENANCY, user: USER, privateKeyPem: keys.privatePem });

let server: Server;
let origin: string;
let received: Received[] = [];
let transport: Transport;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', target: req.url ?? '', headers: req.headers,
        body: Buffer.concat(chunks) });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  transport = withRequestSigning(createHttpTransport({ timeoutMs: 5_000 }),
    createOciSigner(credentials), (request) => !request.url.includes('/unsigned'));
});

afterAll(async () => {
  await transport.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received = [];
});

function verifyReceived(request: Received) {
  return verifyOciSignature(request, keys.publicPem);
}

describe('withRequestSigning over undici', () => {
  it('signs the target and host exactly as the server receives them', async () => {
    const path = '/20181201/functions/a%2Fb%3Fc%25/x%20y?z=%41&a=1';

    await transport.send({ method: 'GET', url: `${origin}${path}`, headers: {} });

    expect(received[0].target).toBe(path);
    expect(received[0].headers.host).toBe(origin.replace('http://', ''));
    expect(verifyReceived(received[0])).toEqual({ ok: true });
  });

  it('signs binary, JSON and empty POST bodies as they arrive', async () => {
    const bodies = [Buffer.from([0x00, 0xff, 0xc3, 0x28, 0x80]), Buffer.from('{"a":"ü"}'),
      undefined];

    for (const body of bodies) {
      await transport.send({ method: 'POST', url: `${origin}/20181201/functions/f/actions/invoke`,
        headers: { 'content-type': 'application/octet-stream' }, body });
    }

    expect(received.map((request) => request.body.length)).toEqual([5, 10, 0]);
    for (const request of received) expect(verifyReceived(request)).toEqual({ ok: true });
  });

  it('sends requests that shouldSign excludes as they are', async () => {
    await transport.send({ method: 'GET', url: `${origin}/unsigned`, headers: { a: 'b' } });

    expect(received[0].headers.authorization).toBeUndefined();
    expect(received[0].headers.a).toBe('b');
  });
});

describe('a reference server that holds the public key', () => {
  it('accepts the signed request, and refuses another key with a TARGET_AUTH hint', async () => {
    const reference = await startReferenceServer({ auth: { publicKeyPem: keys.publicPem } });
    const inner = createHttpTransport({ timeoutMs: 5_000 });
    const other = ociCredentialsFromValues(
      { tenancy: TENANCY, user: USER, privateKeyPem: generateTestKeys().privatePem });
    const request = { method: 'GET', url: `${reference.url}/applications?compartmentId=c1`,
      headers: {} };
    try {
      const accepted = await withRequestSigning(inner, createOciSigner(credentials))
        .send(request);
      const signedByOther = createOciSigner(other).sign(request);
      const refused = await inner.send(signedByOther);
      const error = ociAuthRejected(other, signedByOther, refused);

      expect(accepted.status).toBe(200);
      expect(refused.status).toBe(401);
      expect(error.code).toBe('TARGET_AUTH');
      expect(error.message).toMatch(new RegExp(`^the target answered 401 \\(NotAuthenticated: ` +
        `.*\\) to GET /20181201/applications signed with the key ${other.fingerprint} .*` +
        `uploaded to user ${USER}`));
      expect(error.message).not.toContain(signedByOther.headers.authorization.slice(-40));
    } finally {
      await inner.close();
      await reference.close();
    }
  });
});
