import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { AuthProxyOptions } from '../auth-proxy-options.js';
import { appOrigin } from './browser-request.js';
import { type MockServer, type ProxiedMock, startMock, startProxy } from './start-proxied-mock.js';
import { TestBrowser } from './test-browser.js';
import type { TestStore, TestStoreKind } from './test-stores.js';

export const chromeOnMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
export const firefoxOnLinux =
  'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0';

export interface AccountSecurityEnvironment {
  readonly mock: MockServer;
  readonly proxied: ProxiedMock;
  /** A second proxy process on the same store. */
  startAnotherProxy(): Promise<ProxiedMock>;
  /** A browser with its own cookie jar and `User-Agent`. */
  browser(userAgent?: string, proxied?: ProxiedMock): TestBrowser;
  /** Moves the proxy's clock forward. */
  advance(milliseconds: number): void;
}

/**
 * The mock AuthFlow, one store of `kind` for the file, and a fresh proxy on it for each test, whose
 * clock the test can move forward (the re-authentication window, last-seen updates).
 */
export function accountSecurityEnvironment(
  kind: TestStoreKind,
  options: Partial<AuthProxyOptions> = {},
): AccountSecurityEnvironment {
  let mock: MockServer | undefined;
  let store: TestStore | undefined;
  let proxied: ProxiedMock | undefined;
  const extra: ProxiedMock[] = [];
  let offset = 0;
  const proxyOptions = (): Partial<AuthProxyOptions> => ({
    ...(store?.store === undefined ? {} : { store: store.store }),
    now: () => Date.now() + offset,
    ...options,
  });

  beforeAll(async () => {
    mock = await startMock();
    store = await kind.start();
  });
  afterAll(async () => {
    await store?.close();
    await mock?.close();
  });
  beforeEach(async () => {
    offset = 0;
    const started = running(mock, 'mock');
    started.mock.reset();
    await running(store, 'store').clear();
    proxied = await startProxy(started, proxyOptions());
  });
  afterEach(async () => {
    await proxied?.close();
    proxied = undefined;
    await Promise.all(extra.splice(0).map((other) => other.close()));
  });

  return {
    get mock() {
      return running(mock, 'mock');
    },
    get proxied() {
      return running(proxied, 'proxied');
    },
    async startAnotherProxy() {
      const other = await startProxy(running(mock, 'mock'), proxyOptions());
      extra.push(other);
      return other;
    },
    browser(userAgent, on) {
      return new TestBrowser((on ?? running(proxied, 'proxied')).proxy.url, appOrigin, userAgent);
    },
    advance(milliseconds) {
      offset += milliseconds;
    },
  };
}

function running<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`${name} is only available inside tests and their hooks`);
  return value;
}
