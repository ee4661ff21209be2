import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

import { SuiteError } from '../core/errors';
import { createHttpTransport } from './httpTransport';

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1',
    () => resolve((server.address() as AddressInfo).port)));
}

describe('createHttpTransport', () => {
  const transport = createHttpTransport({ timeoutMs: 300 });
  const servers: net.Server[] = [];
  afterAll(async () => {
    await transport.close();
    servers.forEach((s) => s.close());
  });

  it('returns status, lower-cased headers and body bytes', async () => {
    const server = http.createServer((req, res) => {
      res.writeHead(201, { 'X-Thing': 'yes', 'Content-Type': 'application/json' });
      res.end('{"ok":true}');
    });
    servers.push(server);
    const port = await listen(server);

    const response = await transport.send({ method: 'GET', url: `http://127.0.0.1:${port}/`,
      headers: {} });

    expect(response.status).toBe(201);
    expect(response.headers['x-thing']).toBe('yes');
    expect(response.body.toString()).toBe('{"ok":true}');
  });

  it('reports a refused connection as TARGET_UNREACHABLE', async () => {
    const error = await transport.send({ method: 'GET', url: 'http://127.0.0.1:1/', headers: {} })
      .catch((e: unknown) => e) as SuiteError;

    expect(error.code).toBe('TARGET_UNREACHABLE');
    expect(error.message).toMatch(/ECONNREFUSED.*--target/);
  });

  it('reports a server that never answers as TARGET_TIMEOUT', async () => {
    const server = http.createServer(() => { /* never answers */ });
    servers.push(server);
    const port = await listen(server);

    const error = await transport.send({ method: 'GET', url: `http://127.0.0.1:${port}/`,
      headers: {} }).catch((e: unknown) => e) as SuiteError;

    expect(error.code).toBe('TARGET_TIMEOUT');
    expect(error.message).toContain('300 ms');
  });

  it('reports a server that speaks something other than HTTP as TARGET_GARBAGE', async () => {
    const server = net.createServer((socket) => socket.end('SSH-2.0-OpenSSH_9.0\r\n\r\n'));
    servers.push(server);
    const port = await listen(server);

    const error = await transport.send({ method: 'GET', url: `http://127.0.0.1:${port}/`,
      headers: {} }).catch((e: unknown) => e) as SuiteError;

    expect(error.code).toBe('TARGET_GARBAGE');
  });
});
