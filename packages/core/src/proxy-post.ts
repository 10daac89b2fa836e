import {
  type Guard,
  isProxyErrorBody,
  type ProxyEndpointId,
  type ProxyRequests,
  type ProxyResponses,
  parseRetryAfter,
  proxyCsrfHeader,
  proxyCsrfHeaderValue,
} from '@authflow-ui/contract';
import { AuthError } from './auth-error.js';
import { joinUrl } from './join-url.js';
import { type FetchFunction, type ReceivedResponse, sendRequest } from './send-request.js';
import type { TransportCallOptions } from './transport.js';

export interface ProxyTransportOptions {
  /** Where `@authflow-ui/proxy` answers, such as `/api/auth` (same origin) or an absolute URL. */
  baseUrl: string;
  fetch: FetchFunction;
  timeoutMs: number;
  now: () => number;
}

/** A checked POST to some of the proxy's endpoints. */
export type ProxyPost<Id extends ProxyEndpointId> = <E extends Id>(
  endpoint: E,
  body: ProxyRequests[E],
  options: TransportCallOptions,
) => Promise<ProxyResponses[E]>;

/** The part of the wire a transport calls: each endpoint's path and answer guard. */
export interface ProxyWireTable<Id extends ProxyEndpointId> {
  paths: { readonly [E in Id]: string };
  guards: { readonly [E in Id]: Guard<ProxyResponses[E]> };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function failure(path: string, response: ReceivedResponse, now: () => number): AuthError {
  const body = parseJson(response.text);
  const headerRetryAfter = parseRetryAfter(response.headers.get('retry-after'), now());
  if (isProxyErrorBody(body)) {
    const { code, message } = body.error;
    const retryAfter = body.error.retryAfter ?? headerRetryAfter;
    return new AuthError(code, `Proxy POST ${path} failed with ${response.status} (${code}): ${message}`, {
      status: response.status,
      ...(code === 'rate_limited' && retryAfter !== undefined ? { retryAfter } : {}),
    });
  }
  if (response.status === 429) {
    return new AuthError('rate_limited', `Proxy POST ${path} answered 429`, {
      status: 429,
      ...(headerRetryAfter === undefined ? {} : { retryAfter: headerRetryAfter }),
    });
  }
  if (response.status >= 500) {
    return new AuthError('server', `Proxy POST ${path} failed with ${response.status}`, {
      status: response.status,
    });
  }
  if (response.status === 404 || response.status === 405) {
    return new AuthError(
      'configuration',
      `Nothing answered POST ${path} like @authflow-ui/proxy (${response.status}): is baseUrl the proxy's basePath?`,
      { status: response.status },
    );
  }
  return new AuthError(
    'invalid_response',
    `Proxy POST ${path} answered ${response.status} without a proxy error body`,
    { status: response.status },
  );
}

/**
 * JSON POSTs to `@authflow-ui/proxy` with the CSRF header and the session cookie, for the
 * endpoints of `table`. Each transport passes only the table it calls, so the passkey endpoints
 * travel with the passkey transport, in the chunk the first passkey action loads.
 */
export function createProxyPost<Id extends ProxyEndpointId>(
  options: ProxyTransportOptions,
  table: ProxyWireTable<Id>,
): ProxyPost<Id> {
  return async (endpoint, body, { signal }) => {
    const path = table.paths[endpoint];
    const response = await sendRequest(
      joinUrl(options.baseUrl, path),
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', [proxyCsrfHeader]: proxyCsrfHeaderValue },
        body: JSON.stringify(body),
      },
      { fetch: options.fetch, timeoutMs: options.timeoutMs, signal, credentials: 'include' },
    );
    if (response.status !== 200) throw failure(path, response, options.now);
    const answer = parseJson(response.text);
    const isAnswer: Guard<ProxyResponses[typeof endpoint]> = table.guards[endpoint];
    if (!isAnswer(answer)) {
      throw new AuthError('invalid_response', `Proxy POST ${path} answered 200 with an unexpected body`, {
        status: response.status,
      });
    }
    return answer;
  };
}
