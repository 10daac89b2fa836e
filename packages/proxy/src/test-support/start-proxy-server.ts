import { createServer } from 'node:http';
import type { AuthProxyHandler } from '../create-auth-proxy.js';
import { toNodeHandler } from '../to-node-handler.js';

export interface RunningProxy {
  url: string;
  close(): Promise<void>;
}

/** The proxy in a real `node:http` server on 127.0.0.1, as the bin and most apps mount it. */
export async function startProxyServer(handler: AuthProxyHandler): Promise<RunningProxy> {
  const server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
