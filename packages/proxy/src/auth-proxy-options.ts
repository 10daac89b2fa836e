import { defaultProxyBasePath } from '@authflow-ui/contract';
import { createMemoryStore } from './create-memory-store.js';
import type { RateLimitOptions } from './create-rate-limiter.js';
import type { ProxyLogger } from './proxy-logger.js';
import type { ProxyStore } from './proxy-store.js';
import type { SessionCookieSettings } from './session-cookie.js';

export interface AuthProxyCookieOptions {
  /**
   * The cookie's name. Default: `'__Host-authflow'`, or `'authflow'` when `secure` is `false`
   * (a `__Host-` cookie must be `Secure`, so that prefix is refused without it).
   */
  name?: string;
  /**
   * Send the cookie with `Secure`. Default: `true`. Browsers keep `Secure` cookies only from
   * HTTPS pages and from `http://localhost`; turn it off only for plain-http development on
   * another host name.
   */
  secure?: boolean;
}

export interface AuthProxyOptions {
  /** AuthFlow's origin, such as `https://api.authflow.net`; the contract's `/auth/...` paths are appended. */
  baseUrl: string;
  /** The organization API key (`af_` and 32 lowercase hex characters). It never leaves the server. */
  apiKey: string;
  /** The role every user of this app signs up and signs in with. The browser cannot choose it. */
  role: string;
  /** Exact origins (`https://app.example.com`) whose pages may call the proxy. */
  allowedOrigins: readonly string[];
  /** The path the endpoints live under. Default: `'/api/auth'`. */
  basePath?: string;
  cookie?: AuthProxyCookieOptions;
  /** Rate-limit overrides, or `false` for none (tests only). Default: {@link defaultRateLimits}. */
  rateLimit?: RateLimitOptions | false;
  /** Receives one structured entry per request and per AuthFlow call. Default: none. */
  logger?: ProxyLogger;
  /** Sessions, pending sign-ins and rate-limit counters. Default: {@link createMemoryStore}. */
  store?: ProxyStore;
  /**
   * A `fetch` to reach AuthFlow through instead of the default: `node:http` (or `node:https`)
   * over kept-alive connections.
   */
  fetch?: typeof fetch;
  /** How long one AuthFlow call may take, in milliseconds. Default: `10000`. */
  timeoutMs?: number;
  /** The largest request body accepted, in bytes. Default: `16384`. */
  maxBodyBytes?: number;
  /** How long a sign-in may wait for its second factor, in milliseconds. Default: `300000`. */
  pendingLoginTtlMs?: number;
  /**
   * The least time, in milliseconds, a failed password check (sign-in, change password, disable
   * two-factor, new recovery codes) and every forgot-password or resend answer take. Unknown
   * email, wrong password and wrong role then take the same time, whichever AuthFlow found faster.
   * When recent answers were slower (a loaded server, AuthFlow far away), the floor rises to
   * cover 90% of the last 50, up to `timeoutMs`; `0` turns it off. Default:
   * {@link defaultMinimumFailureMs}.
   */
  minimumFailureMs?: number;
  /**
   * How long after proving who they are (sign-in, second factor, `/reauthenticate`) a person may
   * use the sensitive endpoints (change password, turn 2FA off, new recovery codes, delete a user,
   * end sessions, remove a passkey) before they answer 403 `reauthentication_required`, in milliseconds.
   * Default: `600000` (ten minutes).
   */
  reauthenticateAfterMs?: number;
  /**
   * Serve the passkey endpoints while AuthFlow's discovery document lists the `passkeys` group
   * (read at most every five minutes). `false` turns them off in this app whatever AuthFlow
   * serves: `/capabilities` says `passkeys: false` and every passkey endpoint answers 404.
   * Default: `true`.
   */
  passkeys?: boolean;
  /**
   * How long after AuthFlow confirmed a session (`me`) the `session` endpoint and `getSession`
   * answer from the proxy's record without asking again, in milliseconds. Sign-out, ending
   * sessions and every other revocation through the proxy still take effect at once; a session
   * ended elsewhere (another app, AuthFlow's own expiry) is noticed within this window. `0` asks
   * AuthFlow on every check. Default: {@link defaultSessionCheckIntervalMs}.
   */
  sessionCheckIntervalMs?: number;
  /**
   * The client address used for per-client rate limits. Default: the socket's peer address that
   * `toNodeHandler` passes. Behind a reverse proxy, read the header it sets (and only that one).
   * Under `toNodeHandler` the request has the method, URL and headers, without the body.
   */
  clientAddress?: (request: Request, peerAddress: string | undefined) => string | undefined;
  /** The clock, in milliseconds. Default: `Date.now`. */
  now?: () => number;
}

export interface ResolvedAuthProxyOptions {
  baseUrl: string;
  apiKey: string;
  role: string;
  allowedOrigins: ReadonlySet<string>;
  basePath: string;
  cookie: SessionCookieSettings;
  rateLimit: RateLimitOptions | false;
  logger: ProxyLogger | undefined;
  store: ProxyStore;
  /** `undefined`: the default, `node:http` or `node:https` with kept-alive connections. */
  fetch: typeof fetch | undefined;
  timeoutMs: number;
  maxBodyBytes: number;
  pendingLoginTtlMs: number;
  minimumFailureMs: number;
  reauthenticateAfterMs: number;
  passkeys: boolean;
  sessionCheckIntervalMs: number;
  /** `undefined`: the peer address. */
  clientAddress: ((request: Request, peerAddress: string | undefined) => string | undefined) | undefined;
  now: () => number;
}

/** A logger that throws must not turn a sign-in into a failure. */
function guardLogger(logger: ProxyLogger | undefined): ProxyLogger | undefined {
  if (logger === undefined) return undefined;
  return (entry) => {
    try {
      logger(entry);
    } catch {
      // Logging is best effort; the request goes on.
    }
  };
}

const apiKeyPattern = /^af_[0-9a-f]{32}$/;

/**
 * AuthFlow's slowest failure seen through the proxy on loopback is a wrong password, about 35 ms
 * at the median (issue 18; `pnpm bench` prints its figures). A deployed proxy adds two network
 * round trips (`fooBar`, then `login`) and its own work: 250 ms covers 100 ms per round trip, and
 * people do not notice a quarter second more on a failed sign-in.
 */
export const defaultMinimumFailureMs = 250;

/**
 * A page load asks for the session more than once (the browser's `session` call, `getSession` in
 * server components and route handlers); five seconds serves those from one AuthFlow call while a
 * session ended elsewhere is noticed about as fast as a person could switch windows.
 */
export const defaultSessionCheckIntervalMs = 5000;

function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

function resolveCookie(options: AuthProxyCookieOptions = {}): SessionCookieSettings {
  const secure = options.secure ?? true;
  const name = options.name ?? (secure ? '__Host-authflow' : 'authflow');
  if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) {
    throw new TypeError('createAuthProxy: cookie.name must be a valid cookie name.');
  }
  if (!secure && /^__(host|secure)-/i.test(name)) {
    throw new TypeError(
      'createAuthProxy: a cookie named __Host- or __Secure- must be Secure; drop the prefix when cookie.secure is false.',
    );
  }
  return { name, secure };
}

function resolveOrigin(origin: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(origin);
  } catch {
    parsed = null;
  }
  if (parsed === null || parsed.origin !== origin) {
    throw new TypeError(
      `createAuthProxy: allowedOrigins entry "${origin}" is not an origin like https://app.example.com.`,
    );
  }
  return origin;
}

/**
 * Checks the options once, when the proxy is created, so a misconfiguration stops the server
 * at start-up instead of failing sign-ins later. Messages never quote the API key.
 */
export function resolveAuthProxyOptions(options: AuthProxyOptions): ResolvedAuthProxyOptions {
  let baseUrl: URL;
  try {
    baseUrl = new URL(options.baseUrl);
  } catch {
    throw new TypeError('createAuthProxy: baseUrl must be an absolute http(s) URL.');
  }
  if (baseUrl.protocol !== 'https:' && baseUrl.protocol !== 'http:') {
    throw new TypeError('createAuthProxy: baseUrl must be an absolute http(s) URL.');
  }
  if (!apiKeyPattern.test(options.apiKey)) {
    throw new TypeError('createAuthProxy: apiKey must be "af_" followed by 32 lowercase hex characters.');
  }
  if (options.role.trim() === '') throw new TypeError('createAuthProxy: role must not be empty.');
  if (options.allowedOrigins.length === 0) {
    throw new TypeError('createAuthProxy: allowedOrigins must list at least one origin.');
  }
  const basePath = (options.basePath ?? defaultProxyBasePath).replace(/\/+$/, '');
  if (basePath !== '' && !basePath.startsWith('/'))
    throw new TypeError('createAuthProxy: basePath must start with "/".');

  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBodyBytes = options.maxBodyBytes ?? 16_384;
  const pendingLoginTtlMs = options.pendingLoginTtlMs ?? 300_000;
  const reauthenticateAfterMs = options.reauthenticateAfterMs ?? 600_000;
  if (![timeoutMs, maxBodyBytes, pendingLoginTtlMs, reauthenticateAfterMs].every(isPositive)) {
    throw new TypeError(
      'createAuthProxy: timeoutMs, maxBodyBytes, pendingLoginTtlMs and reauthenticateAfterMs must be positive numbers.',
    );
  }
  const minimumFailureMs = options.minimumFailureMs ?? defaultMinimumFailureMs;
  if (!Number.isFinite(minimumFailureMs) || minimumFailureMs < 0) {
    throw new TypeError('createAuthProxy: minimumFailureMs must be a number of milliseconds, at least 0.');
  }
  const sessionCheckIntervalMs = options.sessionCheckIntervalMs ?? defaultSessionCheckIntervalMs;
  if (!Number.isFinite(sessionCheckIntervalMs) || sessionCheckIntervalMs < 0) {
    throw new TypeError(
      'createAuthProxy: sessionCheckIntervalMs must be a number of milliseconds, at least 0.',
    );
  }
  const now = options.now ?? Date.now;

  return {
    baseUrl: baseUrl.href.replace(/\/+$/, ''),
    apiKey: options.apiKey,
    role: options.role,
    allowedOrigins: new Set(options.allowedOrigins.map(resolveOrigin)),
    basePath,
    cookie: resolveCookie(options.cookie),
    rateLimit: options.rateLimit ?? {},
    logger: guardLogger(options.logger),
    store: options.store ?? createMemoryStore({ now }),
    fetch: options.fetch,
    timeoutMs,
    maxBodyBytes,
    pendingLoginTtlMs,
    minimumFailureMs,
    reauthenticateAfterMs,
    passkeys: options.passkeys ?? true,
    sessionCheckIntervalMs,
    clientAddress: options.clientAddress,
    now,
  };
}
