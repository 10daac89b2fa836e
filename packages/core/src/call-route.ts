import {
  isErrorResponse,
  isStatusOnlyRoute,
  parseRetryAfter,
  type RouteId,
  type RouteRequests,
  type RouteResponses,
  responseGuards,
  routes,
} from '@authflow-ui/contract';
import { AuthError } from './auth-error.js';
import { errorFromResponse } from './error-from-response.js';
import { joinUrl } from './join-url.js';
import { type FetchFunction, type ReceivedResponse, sendRequest } from './send-request.js';

type HeaderParameterName<R extends RouteId> = Extract<
  (typeof routes)[R]['parameters'][number],
  { in: 'header' }
>['name'];

/** A route's parameters as the contract names them, plus its header parameters (`Authorization`). */
export type RouteParameters<R extends RouteId> = RouteRequests[R] & { [K in HeaderParameterName<R>]: string };

export interface CallRouteOptions {
  /** AuthFlow origin, optionally with a path prefix; no trailing slash needed. */
  baseUrl: string;
  fetch: FetchFunction;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** Clock for `Retry-After` dates. */
  now: () => number;
}

/** The URL and init a route call sends, every parameter placed where the route table says. */
export interface RouteRequest {
  url: string;
  init: RequestInit;
}

function parameterValue(params: object, name: string): string | undefined {
  const value: unknown = Reflect.get(params, name);
  return typeof value === 'string' ? value : undefined;
}

/** An object parameter (a WebAuthn credential), which travels only in a JSON body. */
function objectValue(params: object, name: string): object | undefined {
  const value: unknown = Reflect.get(params, name);
  return typeof value === 'object' && value !== null ? value : undefined;
}

/** Builds the request for a route from the route table alone; parameters not in the table are not sent. */
export function buildRouteRequest<R extends RouteId>(
  routeId: R,
  params: RouteParameters<R>,
  baseUrl: string,
): RouteRequest {
  const route = routes[routeId];
  const query = new URLSearchParams();
  const headers = new Headers({ Accept: route.responseBody === 'html' ? 'text/html' : 'application/json' });
  const body: Record<string, string | object> = {};
  let hasBody = false;
  for (const parameter of route.parameters) {
    if (parameter.type === 'object') {
      const value = objectValue(params, parameter.name);
      if (value !== undefined && parameter.in === 'body') {
        body[parameter.name] = value;
        hasBody = true;
      }
      continue;
    }
    const value = parameterValue(params, parameter.name);
    if (value === undefined) continue;
    const location = parameter.in;
    switch (location) {
      case 'query':
        query.append(parameter.name, value);
        break;
      case 'header':
        headers.set(parameter.name, value);
        break;
      case 'body':
        body[parameter.name] = value;
        hasBody = true;
        break;
      default:
        location satisfies never;
    }
  }
  const search = query.size > 0 ? `?${query.toString()}` : '';
  if (hasBody) headers.set('Content-Type', 'application/json');
  return {
    url: `${joinUrl(baseUrl, route.path)}${search}`,
    init: { method: route.method, headers, ...(hasBody ? { body: JSON.stringify(body) } : {}) },
  };
}

function invalidResponse(routeId: RouteId, status: number, reason: string, cause?: unknown): AuthError {
  const route = routes[routeId];
  return new AuthError('invalid_response', `AuthFlow ${route.method} ${route.path} answered ${reason}`, {
    status,
    ...(cause === undefined ? {} : { cause }),
  });
}

function successBody(routeId: RouteId, response: ReceivedResponse): unknown {
  if (routes[routeId].responseBody === 'html') return response.text;
  const contentType = response.headers.get('content-type') ?? '';
  // A 200 page where JSON is due is what a wrong baseUrl gets from a single-page app's fallback
  // route (or a captive portal): it says nothing about AuthFlow, so even the routes that read
  // only the status refuse it, or `validate()` would call any token valid.
  if (contentType.includes('html'))
    throw invalidResponse(routeId, response.status, 'with HTML instead of JSON');
  if (isStatusOnlyRoute(routeId) || response.text.trim() === '') return undefined;
  try {
    return JSON.parse(response.text);
  } catch (cause) {
    throw invalidResponse(routeId, response.status, 'with a body that is not JSON', cause);
  }
}

function errorMessage(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return isErrorResponse(body) ? body.message : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Calls one contract route: builds the request from the route table, sends it, maps any
 * failure to an `AuthError`, and returns the body only once `responseGuards[routeId]` accepts
 * it. A 2xx with HTML, malformed JSON or a body of the wrong shape is `invalid_response`.
 */
export async function callRoute<R extends RouteId>(
  routeId: R,
  params: RouteParameters<R>,
  options: CallRouteOptions,
): Promise<RouteResponses[R]> {
  const { url, init } = buildRouteRequest(routeId, params, options.baseUrl);
  const response = await sendRequest(url, init, options);
  if (response.status < 200 || response.status >= 300) {
    throw errorFromResponse(
      routeId,
      response.status,
      errorMessage(response.text),
      parseRetryAfter(response.headers.get('retry-after'), options.now()),
    );
  }
  const body = successBody(routeId, response);
  const guard = responseGuards[routeId];
  if (!guard(body)) throw invalidResponse(routeId, response.status, 'with a body of the wrong shape');
  return body;
}
