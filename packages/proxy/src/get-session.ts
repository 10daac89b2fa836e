import type { SessionAnswer } from '@authflow-ui/contract';
import { AuthProxyError } from './auth-proxy-error.js';
import { confirmSession } from './endpoints/confirm-session.js';
import type { ProxyContext } from './endpoints/endpoint-input.js';

/** Who is signed in, for server code: the same answer the `session` endpoint gives a browser. */
export type ServerSession = SessionAnswer;

/** Anything with a `get` for header names: `Headers`, Next.js's `await headers()`. */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * Where the session cookie is read from: a `Request` (route handlers, middleware, Hono), its
 * headers, or the `Cookie` header's value (`req.headers.cookie` in Express; `undefined` when the
 * request has none).
 */
export type SessionSource = Request | HeaderReader | string | null | undefined;

function cookieHeaderOf(source: SessionSource): string | null {
  if (source === null || source === undefined) return null;
  if (typeof source === 'string') return source;
  // Headers first: Next.js's `headers()` object is a `Headers` that also has a `headers` field.
  if ('get' in source) return source.get('cookie');
  return source.headers.get('cookie');
}

/**
 * Builds `getSession` over the proxy's own context, so server code and browsers get one answer:
 * the session is confirmed with AuthFlow each time, a session AuthFlow rejects is forgotten (the
 * browser's stale cookie then names nothing), and a failure to reach AuthFlow throws
 * `AuthProxyError` rather than passing for "signed out".
 */
export function createGetSession(context: ProxyContext): (source: SessionSource) => Promise<ServerSession> {
  return async (source) => {
    const stored = await context.vault.readCookieHeader(cookieHeaderOf(source));
    const confirmed = await confirmSession(context, stored);
    if (confirmed.outcome === 'failed') throw new AuthProxyError(confirmed.failure.code);
    return confirmed.answer;
  };
}
