import { type StartMockServerOptions, startMockServer } from '@authflow-ui/mocks/node';
import type { AuthProxyOptions } from '../auth-proxy-options.js';
import { type AuthProxy, createAuthProxy } from '../create-auth-proxy.js';
import type { ProxyLogEntry } from '../proxy-logger.js';
import { appOrigin } from './browser-request.js';
import { type CountingFetch, countingFetch } from './counting-fetch.js';
import { type RunningProxy, startProxyServer } from './start-proxy-server.js';
import { TestBrowser } from './test-browser.js';

export const devApiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';

export type MockServer = Awaited<ReturnType<typeof startMockServer>>;

/** The mock AuthFlow as a real HTTP server, for one test file; plain AuthFlow unless `options` add passkeys. */
export function startMock(options: Omit<StartMockServerOptions, 'apiKey'> = {}): Promise<MockServer> {
  return startMockServer({ ...options, apiKey: devApiKey });
}

export interface ProxiedMock {
  proxy: RunningProxy;
  /** The proxy itself, for the server-side API (`getSession`). */
  auth: AuthProxy;
  upstream: CountingFetch;
  logs: ProxyLogEntry[];
  browser(): TestBrowser;
  close(): Promise<void>;
}

/**
 * The proxy in a real node:http server in front of the mock's real HTTP server, with a fetch that
 * counts and records every call to AuthFlow and a logger that keeps every entry.
 */
export async function startProxy(
  mock: MockServer,
  options: Partial<AuthProxyOptions> = {},
): Promise<ProxiedMock> {
  const upstream = countingFetch();
  const logs: ProxyLogEntry[] = [];
  const handler = createAuthProxy({
    baseUrl: mock.url,
    apiKey: devApiKey,
    role: 'user',
    allowedOrigins: [appOrigin],
    fetch: upstream.fetch,
    logger: (entry) => logs.push(entry),
    // Held failures would only slow the suites down; timing-floor.test.ts sets its own floor.
    minimumFailureMs: 0,
    ...options,
  });
  const proxy = await startProxyServer(handler);
  return {
    proxy,
    auth: handler,
    upstream,
    logs,
    browser: () => new TestBrowser(proxy.url),
    close: () => proxy.close(),
  };
}
