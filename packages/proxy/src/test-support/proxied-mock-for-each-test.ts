import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { AuthProxyOptions } from '../auth-proxy-options.js';
import { type MockServer, type ProxiedMock, startMock, startProxy } from './start-proxied-mock.js';

export interface ProxiedMockForEachTest {
  /** The mock AuthFlow server, one for the whole test file, back at its seeded data before each test. */
  readonly mock: MockServer;
  /** A fresh proxy in front of {@link mock}, started before and closed after each test. */
  readonly proxied: ProxiedMock;
}

/**
 * Registers the hooks that most proxy test files share. Read `mock` and `proxied` inside tests and
 * hooks only: the proxy is replaced between tests, so a value kept at module level would go stale.
 * `options` configure every proxy the hooks start.
 */
export function proxiedMockForEachTest(options: Partial<AuthProxyOptions> = {}): ProxiedMockForEachTest {
  let mock: MockServer | undefined;
  let proxied: ProxiedMock | undefined;

  beforeAll(async () => {
    mock = await startMock();
  });
  afterAll(async () => {
    await mock?.close();
  });
  beforeEach(async () => {
    const started = running(mock, 'mock');
    started.mock.reset();
    proxied = await startProxy(started, options);
  });
  afterEach(async () => {
    await proxied?.close();
    proxied = undefined;
  });

  return {
    get mock() {
      return running(mock, 'mock');
    },
    get proxied() {
      return running(proxied, 'proxied');
    },
  };
}

function running<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`${name} is only available inside tests and their hooks`);
  return value;
}
