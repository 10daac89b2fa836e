import {
  type AuthErrorCode,
  isProxyErrorBody,
  isRecord,
  type ProxyEndpointId,
  proxyEndpointIds,
  proxyEndpoints,
  proxyRequestGuards,
} from '@authflow-ui/contract';
import { type AuthProxyOptions, resolveAuthProxyOptions } from './auth-proxy-options.js';
import { checkBrowserRequest, preflightAnswer } from './check-browser-request.js';
import { createConfirmationWindow } from './create-confirmation-window.js';
import { createDiscoveryCache } from './create-discovery-cache.js';
import { createRateLimiter, type RateLimitAttempt } from './create-rate-limiter.js';
import { createTimingFloor } from './create-timing-floor.js';
import { endpointHandlers } from './endpoints/endpoint-handlers.js';
import type { ProxyContext, RequestClient } from './endpoints/endpoint-input.js';
import { isReauthenticationDue, noteLastSeen } from './endpoints/recent-sign-in.js';
import { fetchTransport } from './fetch-transport.js';
import { createGetSession, type ServerSession, type SessionSource } from './get-session.js';
import { registerNodeEntry } from './node-entry.js';
import { nodeProxyCall } from './node-proxy-call.js';
import { createNodeTransport } from './node-transport.js';
import { parseDeviceLabel } from './parse-device-label.js';
import { errorAnswer, isSuccess, type ProxyAnswer, toResponse } from './proxy-answers.js';
import type { ProxyCall } from './proxy-call.js';
import { bodyRefusalMessages, readJsonBody } from './read-json-body.js';
import { createSessionVault, type StoredSession } from './session-vault.js';
import { truncateClientAddress } from './truncate-client-address.js';
import { createUpstreamClient } from './upstream-client.js';
import { webProxyCall } from './web-proxy-call.js';

/** What the server knows about a request beyond the request itself. */
export interface AuthProxyRequestContext {
  /** The TCP peer's address; `toNodeHandler` passes it. */
  peerAddress?: string;
}

/** A web-standard request handler: mount it with `toNodeHandler`, or call it from any framework. */
export type AuthProxyHandler = (request: Request, context?: AuthProxyRequestContext) => Promise<Response>;

/** The proxy: a request handler that server code can also ask who is signed in. */
export interface AuthProxy extends AuthProxyHandler {
  /**
   * Who the request's session cookie belongs to, confirmed with AuthFlow exactly as the `session`
   * endpoint does. Pass the `Request`, its headers, or the `Cookie` header's value.
   *
   * @throws AuthProxyError when AuthFlow cannot be reached or answers badly: never "signed out".
   */
  getSession(source: SessionSource): Promise<ServerSession>;
}

/**
 * Whether this answer waits for the timing floor: a failed password check, whose time could tell
 * an unknown email from a wrong password, and every answer of the mail-sending endpoints, whose
 * time could tell an existing account (a mail sent) from none.
 */
function isTimingSensitive(endpoint: ProxyEndpointId | null, answer: ProxyAnswer): boolean {
  if (endpoint === null) return false;
  const bucket = proxyEndpoints[endpoint].rateLimit;
  return bucket === 'emails' || (bucket === 'signIn' && !isSuccess(answer));
}

/** The code of a failure answer, for the log. */
function failureCodeOf(answer: ProxyAnswer): AuthErrorCode | null {
  if (isSuccess(answer) || answer.body === null) return null;
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return null;
  }
  return isProxyErrorBody(body) ? body.error.code : null;
}

/** The account a rate-limited call counts against: the email it names, or the cookie's. */
function accountOf(body: unknown, stored: StoredSession | null): string | null {
  if (isRecord(body) && typeof body.email === 'string') return body.email.trim().toLowerCase();
  switch (stored?.record.kind) {
    case 'pendingLogin':
      return stored.record.email.toLowerCase();
    case 'signedIn':
      return stored.record.user.email.toLowerCase();
    default:
      return null;
  }
}

/**
 * The AuthFlow proxy: browsers call its JSON endpoints (see `proxyEndpoints` in
 * `@authflow-ui/contract` and `docs/proxy.md`); it holds the API key, the session token and
 * every pending second factor, and calls AuthFlow exactly as the contract describes.
 *
 * @throws TypeError at creation when an option is invalid.
 */
export function createAuthProxy(options: AuthProxyOptions): AuthProxy {
  const resolved = resolveAuthProxyOptions(options);
  const { now, logger } = resolved;
  const upstream = createUpstreamClient({
    transport:
      resolved.fetch === undefined
        ? createNodeTransport(resolved.baseUrl)
        : fetchTransport(resolved.fetch, resolved.baseUrl),
    timeoutMs: resolved.timeoutMs,
    logger,
    now,
  });
  const context: ProxyContext = {
    options: resolved,
    upstream,
    vault: createSessionVault({ store: resolved.store, cookie: resolved.cookie, now }),
    limiter: createRateLimiter(resolved.store, resolved.rateLimit),
    discovery: createDiscoveryCache(upstream, now),
    confirmations: createConfirmationWindow({
      store: resolved.store,
      intervalMs: resolved.sessionCheckIntervalMs,
      now,
    }),
  };
  const floor = createTimingFloor({ minimumMs: resolved.minimumFailureMs, maximumMs: resolved.timeoutMs });
  const endpointsByPath = new Map<string, ProxyEndpointId>(
    proxyEndpointIds.map((id) => [resolved.basePath + proxyEndpoints[id].path, id]),
  );

  async function dispatch<E extends ProxyEndpointId>(
    endpoint: E,
    call: ProxyCall,
    clientAddress: string,
  ): Promise<ProxyAnswer> {
    const refusal = checkBrowserRequest(call, resolved.allowedOrigins);
    if (refusal !== null) return refusal;
    const read = await readJsonBody(call, {
      maxBytes: resolved.maxBodyBytes,
      deadlineMs: resolved.timeoutMs,
    });
    if (read.outcome === 'tooLarge') {
      return errorAnswer('invalid_request', { status: 413, headers: { connection: 'close' } });
    }
    if (read.outcome === 'refused') {
      // After a length mismatch the connection's remaining bytes cannot be trusted.
      const headers: Record<string, string> = read.reason === 'lengthMismatch' ? { connection: 'close' } : {};
      return errorAnswer('invalid_request', { message: bodyRefusalMessages[read.reason], headers });
    }
    const body = read.value;
    const isValid = proxyRequestGuards[endpoint];
    if (!isValid(body)) return errorAnswer('invalid_request');

    const stored = await noteLastSeen(context, await context.vault.readCookieHeader(call.header('cookie')));
    const spec = proxyEndpoints[endpoint];
    // Before the rate limit: asking for a fresh proof costs no attempt.
    if (
      spec.requires === 'recentSession' &&
      stored?.record.kind === 'signedIn' &&
      isReauthenticationDue(context, stored.record)
    ) {
      return errorAnswer('reauthentication_required');
    }
    // Read only by the endpoints that start a session.
    const client: RequestClient = {
      get device() {
        return parseDeviceLabel(call.header('user-agent'));
      },
      get network() {
        return truncateClientAddress(clientAddress);
      },
    };
    const handler = endpointHandlers[endpoint];
    const input = { body, context, stored, clientAddress, client };
    const bucket = spec.rateLimit;
    if (bucket === null) return handler(input);

    const attempt: RateLimitAttempt = {
      clientAddress,
      account: accountOf(body, stored),
      signedInAs: stored?.record.kind === 'signedIn' ? stored.record.user.email.toLowerCase() : null,
    };
    const verdict = await context.limiter.check(bucket, attempt);
    if (verdict.outcome === 'limited') return errorAnswer('rate_limited', { retryAfter: verdict.retryAfter });
    const answer = await handler(input);
    await context.limiter.settle(bucket, attempt, isSuccess(answer) ? 'succeeded' : 'failed');
    return answer;
  }

  async function answer(call: ProxyCall, endpoint: ProxyEndpointId | null, clientAddress: string) {
    if (endpoint === null) return errorAnswer('not_found');
    if (call.method === 'OPTIONS') return preflightAnswer(call, resolved.allowedOrigins);
    return dispatch(endpoint, call, clientAddress);
  }

  async function serve(call: ProxyCall, peerAddress: string | undefined): Promise<ProxyAnswer> {
    const started = now();
    const floorStarted = floor.start();
    const endpoint = endpointsByPath.get(call.path) ?? null;
    const clientAddress =
      (resolved.clientAddress === undefined
        ? peerAddress
        : resolved.clientAddress(call.toRequest(), peerAddress)) ?? 'unknown';
    let response: ProxyAnswer;
    try {
      response = await answer(call, endpoint, clientAddress);
    } catch {
      // A store or programming fault: the details stay out of the answer and out of the log.
      response = errorAnswer('server', { status: 500 });
    }
    if (call.method === 'POST' && isTimingSensitive(endpoint, response)) await floor.hold(floorStarted);

    const { headers } = response;
    const origin = call.header('origin');
    if (origin !== null && resolved.allowedOrigins.has(origin)) {
      headers['access-control-allow-origin'] = origin;
      headers['access-control-allow-credentials'] = 'true';
    }
    headers.vary = headers.vary === undefined ? 'origin' : `${headers.vary}, origin`;

    if (logger !== undefined) {
      const code = failureCodeOf(response);
      logger({
        event: 'request',
        endpoint,
        status: response.status,
        durationMs: now() - started,
        ...(code === null ? {} : { code }),
      });
    }
    return response;
  }

  const handle: AuthProxyHandler = async (request, requestContext = {}) =>
    toResponse(await serve(webProxyCall(request), requestContext.peerAddress));
  registerNodeEntry(handle, (request, watch) =>
    serve(nodeProxyCall(request, watch), request.socket.remoteAddress),
  );
  return Object.assign(handle, { getSession: createGetSession(context) });
}
