import {
  isProxyErrorBody,
  isRecord,
  type ProxyEndpointId,
  proxyEndpointIds,
  proxyEndpoints,
  proxyRequestGuards,
} from '@authflow-ui/contract';
import { type AuthProxyOptions, resolveAuthProxyOptions } from './auth-proxy-options.js';
import { checkBrowserRequest, preflightAnswer } from './check-browser-request.js';
import { createRateLimiter } from './create-rate-limiter.js';
import { endpointHandlers } from './endpoints/endpoint-handlers.js';
import type { ProxyContext, RequestClient } from './endpoints/endpoint-input.js';
import { isReauthenticationDue, noteLastSeen } from './endpoints/recent-sign-in.js';
import { parseDeviceLabel } from './parse-device-label.js';
import { errorAnswer } from './proxy-answers.js';
import { readJsonBody } from './read-json-body.js';
import { createSessionVault, type StoredSession } from './session-vault.js';
import { truncateClientAddress } from './truncate-client-address.js';
import { createUpstreamClient } from './upstream-client.js';

/** What the server knows about a request beyond the request itself. */
export interface AuthProxyRequestContext {
  /** The TCP peer's address; `toNodeHandler` passes it. */
  peerAddress?: string;
}

/** A web-standard request handler: mount it with `toNodeHandler`, or call it from any framework. */
export type AuthProxyHandler = (request: Request, context?: AuthProxyRequestContext) => Promise<Response>;

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
export function createAuthProxy(options: AuthProxyOptions): AuthProxyHandler {
  const resolved = resolveAuthProxyOptions(options);
  const { now, logger } = resolved;
  const context: ProxyContext = {
    options: resolved,
    upstream: createUpstreamClient({
      baseUrl: resolved.baseUrl,
      fetch: resolved.fetch,
      timeoutMs: resolved.timeoutMs,
      logger,
      now,
    }),
    vault: createSessionVault({ store: resolved.store, cookie: resolved.cookie, now }),
  };
  const limiter = createRateLimiter(resolved.store, resolved.rateLimit);
  const endpointsByPath = new Map<string, ProxyEndpointId>(
    proxyEndpointIds.map((id) => [resolved.basePath + proxyEndpoints[id].path, id]),
  );

  async function dispatch<E extends ProxyEndpointId>(
    endpoint: E,
    request: Request,
    clientAddress: string,
  ): Promise<Response> {
    const refusal = checkBrowserRequest(request, resolved.allowedOrigins);
    if (refusal !== null) return refusal;
    const read = await readJsonBody(request, resolved.maxBodyBytes);
    if (read.outcome === 'tooLarge') {
      return errorAnswer('invalid_request', { status: 413, headers: { connection: 'close' } });
    }
    if (read.outcome === 'malformed') return errorAnswer('invalid_request');
    const body = read.value;
    const isValid = proxyRequestGuards[endpoint];
    if (!isValid(body)) return errorAnswer('invalid_request');

    const stored = await noteLastSeen(context, await context.vault.read(request));
    const spec = proxyEndpoints[endpoint];
    // Before the rate limit: asking for a fresh proof costs no attempt.
    if (
      spec.requires === 'recentSession' &&
      stored?.record.kind === 'signedIn' &&
      isReauthenticationDue(context, stored.record)
    ) {
      return errorAnswer('reauthentication_required');
    }
    const bucket = spec.rateLimit;
    if (bucket !== null) {
      const verdict = await limiter.check(bucket, clientAddress, accountOf(body, stored));
      if (verdict.outcome === 'limited') {
        return errorAnswer('rate_limited', { retryAfter: verdict.retryAfter });
      }
    }
    const client: RequestClient = {
      device: parseDeviceLabel(request.headers.get('user-agent')),
      network: truncateClientAddress(clientAddress),
    };
    const handler = endpointHandlers[endpoint];
    return handler({ body, context, stored, client });
  }

  async function answer(request: Request, endpoint: ProxyEndpointId | null, clientAddress: string) {
    if (endpoint === null) return errorAnswer('not_found');
    if (request.method === 'OPTIONS') return preflightAnswer(request, resolved.allowedOrigins);
    return dispatch(endpoint, request, clientAddress);
  }

  return async (request, requestContext = {}) => {
    const started = now();
    const endpoint = endpointsByPath.get(new URL(request.url).pathname) ?? null;
    const clientAddress = resolved.clientAddress(request, requestContext.peerAddress) ?? 'unknown';
    let response: Response;
    try {
      response = await answer(request, endpoint, clientAddress);
    } catch {
      // A store or programming fault: the details stay out of the answer and out of the log.
      response = errorAnswer('server', { status: 500 });
    }

    const origin = request.headers.get('origin');
    if (origin !== null && resolved.allowedOrigins.has(origin)) {
      response.headers.set('access-control-allow-origin', origin);
      response.headers.set('access-control-allow-credentials', 'true');
    }
    response.headers.append('vary', 'origin');

    if (logger !== undefined) {
      const failure: unknown = response.ok
        ? null
        : await response
            .clone()
            .json()
            .catch(() => null);
      logger({
        event: 'request',
        endpoint,
        status: response.status,
        durationMs: now() - started,
        ...(isProxyErrorBody(failure) ? { code: failure.error.code } : {}),
      });
    }
    return response;
  };
}
