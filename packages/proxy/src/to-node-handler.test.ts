import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthProxyHandler } from './create-auth-proxy.js';
import { toNodeHandler } from './to-node-handler.js';

const servers: { close(): void; closeAllConnections(): void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function listen(listener: (request: IncomingMessage, response: ServerResponse) => void) {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

describe('given a web handler mounted in node:http', () => {
  it('passes method, path, headers, body and peer address, and writes status, headers and every cookie', async () => {
    let seen: { method: string; path: string; header: string | null; body: string; peer?: string } | null =
      null;
    const handler: AuthProxyHandler = async (request, context) => {
      seen = {
        method: request.method,
        path: new URL(request.url).pathname,
        header: request.headers.get('x-authflow-ui'),
        body: await request.text(),
        ...(context?.peerAddress === undefined ? {} : { peer: context.peerAddress }),
      };
      const headers = new Headers({ 'content-type': 'application/json' });
      headers.append('set-cookie', 'a=1; Path=/');
      headers.append('set-cookie', 'b=2; Path=/');
      return new Response('{"ok":true}', { status: 201, headers });
    };
    const url = await listen(toNodeHandler(handler));
    const response = await fetch(`${url}/api/auth/session?x=1`, {
      method: 'POST',
      headers: { 'x-authflow-ui': '1' },
      body: '{"hello":"world"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(await response.json()).toEqual({ ok: true });
    expect(seen).toEqual({
      method: 'POST',
      path: '/api/auth/session',
      header: '1',
      body: '{"hello":"world"}',
      peer: '127.0.0.1',
    });
  });

  it('uses the full original path when Express has stripped its mount path from url', async () => {
    let path = '';
    const node = toNodeHandler(async (request) => {
      path = new URL(request.url).pathname;
      return new Response(null, { status: 204 });
    });
    const url = await listen((request, response) => {
      // What `app.use('/api/auth', handler)` does before calling the handler.
      const original = request.url ?? '/';
      const mounted = Object.assign(request, {
        originalUrl: original,
        url: original.slice('/api/auth'.length),
      });
      node(mounted, response);
    });
    await fetch(`${url}/api/auth/sign-in`, { method: 'POST', body: '{}' });
    expect(path).toBe('/api/auth/sign-in');
  });

  it('hands a failing handler’s error to next, as Connect middleware expects', async () => {
    const failure = new Error('store down');
    let passed: unknown = null;
    const node = toNodeHandler(async () => {
      throw failure;
    });
    const url = await listen((request, response) =>
      node(request, response, (error) => {
        passed = error;
        response.statusCode = 500;
        response.end('handled');
      }),
    );
    const response = await fetch(`${url}/api/auth/session`, { method: 'POST', body: '{}' });
    expect(await response.text()).toBe('handled');
    expect(passed).toBe(failure);
  });

  it('answers 500 with no body when the handler fails and there is no next', async () => {
    const url = await listen(
      toNodeHandler(async () => {
        throw new Error('store down');
      }),
    );
    const response = await fetch(`${url}/api/auth/session`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('');
  });
});
