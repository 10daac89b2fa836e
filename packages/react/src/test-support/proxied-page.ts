import { createServer } from 'node:http';
import { type AuthClient, createProxyAuthClient } from '@authflow-ui/core';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import { createAuthProxy, toNodeHandler } from '@authflow-ui/proxy';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

const pageOrigin = 'http://app.example.test';

export const chromeOnMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
export const firefoxOnLinux =
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0';

export interface ProxiedPages {
  readonly mock: MockServer;
  /** A proxy-mode client in a page with its own cookie jar and `User-Agent`. */
  page(userAgent?: string): AuthClient;
  /** Moves the proxy's clock forward (the re-authentication window). */
  advance(milliseconds: number): void;
}

/**
 * The real proxy in a real `node:http` server in front of the real mock, for one test file, and
 * pages that keep the proxy's cookie as a browser would (node's fetch has no cookie jar).
 */
export function proxiedPagesForEachTest(): ProxiedPages {
  let mock: MockServer | undefined;
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};
  let offset = 0;
  const clients: AuthClient[] = [];

  beforeAll(async () => {
    mock = await startMockServer();
    const handler = createAuthProxy({
      baseUrl: mock.url,
      apiKey: mock.mock.apiKey,
      role: 'user',
      allowedOrigins: [pageOrigin],
      cookie: { secure: false, name: 'authflow' },
      rateLimit: false,
      now: () => Date.now() + offset,
    });
    const server = createServer(toNodeHandler(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('the proxy has no address');
    baseUrl = `http://127.0.0.1:${address.port}/api/auth`;
    close = () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
  });
  beforeEach(() => {
    offset = 0;
    mock?.mock.reset();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await close();
    await mock?.close();
  });

  return {
    get mock() {
      if (mock === undefined) throw new Error('the mock runs only inside tests');
      return mock;
    },
    page(userAgent) {
      let cookie: string | null = null;
      const fetchWithCookie = async (request: Request) => {
        const headers = new Headers(request.headers);
        headers.set('origin', pageOrigin);
        if (userAgent !== undefined) headers.set('user-agent', userAgent);
        if (cookie !== null) headers.set('cookie', cookie);
        const response = await fetch(new Request(request, { headers }));
        for (const line of response.headers.getSetCookie()) {
          const pair = line.split(';')[0] ?? '';
          cookie = /max-age=0/i.test(line) || pair.endsWith('=') ? null : pair;
        }
        return response;
      };
      const client = createProxyAuthClient({ baseUrl, fetch: fetchWithCookie, crossTabSync: false });
      clients.push(client);
      return client;
    },
    advance(milliseconds) {
      offset += milliseconds;
    },
  };
}
