import { createServer } from 'node:net';

/**
 * A port on 127.0.0.1 that was free a moment ago, for servers whose address another part must
 * know before they start (the proxy's allowed origin names the demo's port).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
