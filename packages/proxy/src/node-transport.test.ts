import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeTransport } from './node-transport.js';

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** A server that answers `{}`, counts the connections it accepted and records the paths asked. */
async function countingServer(): Promise<{ url: string; connections: () => number; paths: string[] }> {
  let connections = 0;
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  server.on('connection', () => {
    connections += 1;
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  return { url: `http://127.0.0.1:${address.port}`, connections: () => connections, paths };
}

describe('given the default transport to AuthFlow', () => {
  it('sends consecutive calls over one kept-alive connection instead of connecting for each', async () => {
    const server = await countingServer();
    const transport = createNodeTransport(server.url);
    for (const method of ['GET', 'POST', 'GET'] as const) {
      const exchange = await transport(
        {
          method,
          path: '/auth/me',
          headers: {},
          body: method === 'POST' ? '{}' : undefined,
        },
        { timeoutMs: 2000, maxAnswerBytes: 1024 },
      );
      expect(exchange).toMatchObject({ outcome: 'answered', answer: { status: 200 } });
    }
    expect(server.connections()).toBe(1);
  });

  it('keeps the path of a base URL in front of each route’s path and query', async () => {
    const server = await countingServer();
    const transport = createNodeTransport(`${server.url}/authflow/`);
    await transport(
      { method: 'GET', path: '/auth/me?sessionToken=a%2Bb', headers: {}, body: undefined },
      { timeoutMs: 2000, maxAnswerBytes: 1024 },
    );
    expect(server.paths).toEqual(['/authflow/auth/me?sessionToken=a%2Bb']);
  });
});
