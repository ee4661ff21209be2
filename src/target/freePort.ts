import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** Asks the kernel for a free loopback port. Another process may take it before we bind it,
 * so callers that start a server on it should be ready to try again. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
