import { createServer } from 'node:http';
import { type AuthClient, createProxyAuthClient, type WebAuthnSource } from '@authflow-ui/core';
import type { PasskeySettings } from '@authflow-ui/mocks';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import { createAuthProxy, toNodeHandler } from '@authflow-ui/proxy';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

const pageOrigin = 'http://app.example.test';

export const chromeOnMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
export const firefoxOnLinux =
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0';

/** What one browser keeps between its pages. */
interface Browser {
  userAgent: string | undefined;
  webAuthn: WebAuthnSource | undefined;
  cookie: string | null;
  online: boolean;
}

export interface ProxiedPages {
  readonly mock: MockServer;
  /** The proxy's address, for a client a test builds itself. */
  readonly baseUrl: string;
  /** `METHOD path` of every request the proxy received in this test. */
  readonly requests: readonly string[];
  /** A proxy-mode client in a page with its own cookie jar and `User-Agent` (and authenticator). */
  page(userAgent?: string, webAuthn?: WebAuthnSource): AuthClient;
  /** A new page in the same browser as `earlier` (its cookies and `User-Agent`), as after a reload. */
  reload(earlier: AuthClient): AuthClient;
  /** Cuts (`false`) or restores the network of `page`'s browser: its requests fail as a browser's do offline. */
  setOnline(page: AuthClient, online: boolean): void;
  /** Moves the proxy's clock forward (the re-authentication window). */
  advance(milliseconds: number): void;
}

/**
 * The real proxy in a real `node:http` server in front of the real mock, for one test file, and
 * pages that keep the proxy's cookie as a browser would (node's fetch has no cookie jar).
 */
export function proxiedPagesForEachTest(options: { passkeys?: PasskeySettings } = {}): ProxiedPages {
  let mock: MockServer | undefined;
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};
  let offset = 0;
  const clients: AuthClient[] = [];
  const requests: string[] = [];
  const browsers = new WeakMap<AuthClient, Browser>();

  beforeAll(async () => {
    mock = await startMockServer(options.passkeys === undefined ? {} : { passkeys: options.passkeys });
    const handler = createAuthProxy({
      baseUrl: mock.url,
      apiKey: mock.mock.apiKey,
      role: 'user',
      allowedOrigins: [pageOrigin],
      cookie: { secure: false, name: 'authflow' },
      rateLimit: false,
      now: () => Date.now() + offset,
    });
    const nodeHandler = toNodeHandler(handler);
    const server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      nodeHandler(request, response);
    });
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
    requests.length = 0;
    mock?.mock.reset();
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await close();
    await mock?.close();
  });

  /** A page of `browser`: its fetch sends the browser's cookie and keeps the ones the proxy sets. */
  const open = (browser: Browser): AuthClient => {
    const fetchWithCookie = async (request: Request) => {
      if (!browser.online) throw new TypeError('Failed to fetch');
      const headers = new Headers(request.headers);
      headers.set('origin', pageOrigin);
      if (browser.userAgent !== undefined) headers.set('user-agent', browser.userAgent);
      if (browser.cookie !== null) headers.set('cookie', browser.cookie);
      const response = await fetch(new Request(request, { headers }));
      for (const line of response.headers.getSetCookie()) {
        const pair = line.split(';')[0] ?? '';
        browser.cookie = /max-age=0/i.test(line) || pair.endsWith('=') ? null : pair;
      }
      return response;
    };
    const client = createProxyAuthClient({
      baseUrl,
      fetch: fetchWithCookie,
      crossTabSync: false,
      ...(browser.webAuthn === undefined ? {} : { webAuthn: browser.webAuthn }),
    });
    clients.push(client);
    browsers.set(client, browser);
    return client;
  };

  const browserOf = (page: AuthClient): Browser => {
    const browser = browsers.get(page);
    if (browser === undefined) throw new Error('that client was not opened by these pages');
    return browser;
  };

  return {
    get mock() {
      if (mock === undefined) throw new Error('the mock runs only inside tests');
      return mock;
    },
    get baseUrl() {
      return baseUrl;
    },
    requests,
    page(userAgent, webAuthn) {
      return open({ userAgent, webAuthn, cookie: null, online: true });
    },
    reload(earlier) {
      return open(browserOf(earlier));
    },
    setOnline(page, online) {
      browserOf(page).online = online;
    },
    advance(milliseconds) {
      offset += milliseconds;
    },
  };
}
