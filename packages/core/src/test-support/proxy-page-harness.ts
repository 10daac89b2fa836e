import type { OutboxMessage, OutboxMessageKind } from '@authflow-ui/mocks';
import { type StartMockServerOptions, startMockServer } from '@authflow-ui/mocks/node';
import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { AuthClient, SignInResult } from '../auth-client.js';
import { AuthError } from '../auth-error.js';
import { createAuthClient } from '../create-auth-client.js';
import { createProxyAuthClient } from '../create-proxy-auth-client.js';
import type { WebAuthnSource } from '../webauthn-browser.js';
import {
  type BrowserLikeFetch,
  browserLikeFetch,
  devApiKey,
  type MockServer,
  type RunningProxy,
  startProxy,
} from './start-proxied-mock.js';

/** The two public ways to build a proxy-mode client; both must behave the same. */
export type ProxyClientFactory = 'createAuthClient' | 'createProxyAuthClient';

export interface PageClientOptions {
  /** The browser (cookie jar) the page runs in. Default: a new one. */
  browser?: BrowserLikeFetch;
  /** Default: the harness proxy. */
  baseUrl?: string;
  /** Default: `createAuthClient({ mode: 'proxy' })`. */
  factory?: ProxyClientFactory;
  /** Where the page's passkey ceremonies run. Default: the client's own (none in node). */
  webAuthn?: WebAuthnSource;
}

export interface ProxyPageHarness {
  /** The real mock HTTP server behind the harness proxy (started without rate limits, tested elsewhere). */
  mock(): MockServer;
  /** Moves the mock's clock forward (the proxy and the client keep real time). */
  advanceMockClock(ms: number): void;
  /** The code an authenticator app shows for `secret` at the mock's current time, or `steps` away. */
  totpCode(secret: string, steps?: number): string;
  /** Moves the mock past the current TOTP step: the mock refuses a step that was already used. */
  nextTotpStep(): void;
  /** A proxy-mode client as a page would create it, with its browser's cookie jar. */
  pageClient(options?: PageClientOptions): { client: AuthClient; browser: BrowserLikeFetch };
  /** A new page that signs in with the password (remembered as a secret). */
  signInWithPassword(
    account: Account,
    options?: PageClientOptions,
  ): Promise<{ client: AuthClient; browser: BrowserLikeFetch; result: SignInResult }>;
  /** What a fresh browser gets when it signs in with this password: `session`, `mfa`, or the error code. */
  nextSignInOf(account: Account): Promise<string>;
  /** Remembers a password, code or token so the check after each test looks for it in every URL. */
  secret<T extends string>(value: T): T;
  /** The latest message of `kind` the mock mailed to `email`. */
  lastMessage(email: string, kind: OutboxMessageKind): OutboxMessage;
}

interface Account {
  email: string;
  password: string;
}

const totpStepMs = 30_000;

/** The `AuthError` the call rejects with; anything else (or no rejection) fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw error;
  }
  throw new Error('expected the call to reject');
}

/** The requests a browser sent to one proxy endpoint, such as `/mfa/verify-setup`. */
export function requestsTo(browser: BrowserLikeFetch, path: string): Request[] {
  return browser.requests.filter((request) => new URL(request.url).pathname.endsWith(path));
}

/**
 * A real mock server and a real proxy in front of it for one test file, reset before each test.
 * After each test it checks that no request a page client sent has a query string or carries a
 * password, code or token in its URL.
 */
export function useProxyPageHarness(
  mockOptions: Omit<StartMockServerOptions, 'apiKey' | 'now'> = {},
): ProxyPageHarness {
  let mock: MockServer | undefined;
  let proxy: RunningProxy | undefined;
  let mockClockOffset = 0;
  const mockNow = () => Date.now() + mockClockOffset;
  const browsers = new Set<BrowserLikeFetch>();
  const clients: AuthClient[] = [];
  const secretsSent: string[] = [];

  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the ${name} is not running: use the harness inside tests`);
    return value;
  };

  beforeAll(async () => {
    mock = await startMockServer({ ...mockOptions, apiKey: devApiKey, now: mockNow });
    // Every session check reaches the mock, so a fault switched on mid-test shows at once; the
    // proxy's confirmation window (`sessionCheckIntervalMs`) has its own tests in the proxy package.
    proxy = await startProxy(mock, { rateLimit: false, sessionCheckIntervalMs: 0 });
  });

  beforeEach(() => {
    started(mock, 'mock').mock.reset();
  });

  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    const sent = [...browsers].flatMap((browser) => browser.requests);
    browsers.clear();
    const secrets = secretsSent.splice(0);
    for (const request of sent) {
      expect(request.url).not.toContain('?');
      for (const value of secrets) {
        expect(request.url).not.toContain(value);
        expect(request.url).not.toContain(encodeURIComponent(value));
      }
    }
  });

  afterAll(async () => {
    await proxy?.close();
    await mock?.close();
  });

  const pageClient = (options: PageClientOptions = {}) => {
    const browser = options.browser ?? browserLikeFetch();
    const baseUrl = options.baseUrl ?? started(proxy, 'proxy').baseUrl;
    const common = {
      baseUrl,
      fetch: browser.fetch,
      ...(options.webAuthn ? { webAuthn: options.webAuthn } : {}),
    };
    const client =
      options.factory === 'createProxyAuthClient'
        ? createProxyAuthClient(common)
        : createAuthClient({ ...common, mode: 'proxy' });
    browsers.add(browser);
    clients.push(client);
    return { client, browser };
  };

  const secret = <T extends string>(value: T): T => {
    secretsSent.push(value);
    return value;
  };

  return {
    mock: () => started(mock, 'mock'),
    advanceMockClock: (ms) => {
      mockClockOffset += ms;
    },
    totpCode: (secret, steps = 0) =>
      new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
        timestamp: mockNow() + steps * totpStepMs,
      }),
    nextTotpStep: () => {
      mockClockOffset += totpStepMs;
    },
    pageClient,
    secret,
    signInWithPassword: async (account, options = {}) => {
      const page = pageClient(options);
      const result = await page.client.signIn({ email: account.email, password: secret(account.password) });
      return { ...page, result };
    },
    nextSignInOf: async (account) => {
      const { client } = pageClient();
      try {
        return (await client.signIn({ email: account.email, password: secret(account.password) })).type;
      } catch (error) {
        if (error instanceof AuthError) return error.code;
        throw error;
      }
    },
    lastMessage: (email, kind) => {
      const message = started(mock, 'mock')
        .mock.outbox.messages(email)
        .findLast((candidate) => candidate.kind === kind);
      if (message === undefined) throw new Error(`the mock mailed no ${kind} message to ${email}`);
      return message;
    },
  };
}
