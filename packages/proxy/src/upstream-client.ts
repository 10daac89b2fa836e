import {
  type AuthErrorCode,
  classifyAuthFlowFailure,
  type DiscoveryDocument,
  enumerationSafeCode,
  isErrorResponse,
  isRecord,
  isStatusOnlyRoute,
  parseDiscoveryDocument,
  parseRetryAfter,
  type RouteId,
  type RouteRequests,
  type RouteResponses,
  type RouteSpec,
  responseGuards,
  routes,
} from '@authflow-ui/contract';
import type { ProxyLogger } from './proxy-logger.js';
import { readCappedBytes } from './read-capped-bytes.js';

/** A failed AuthFlow call, as the proxy's endpoints see it. */
export interface UpstreamFailure {
  code: AuthErrorCode;
  /** AuthFlow's status; `null` when no answer arrived. */
  status: number | null;
  /** AuthFlow's message, for telling causes apart; never sent to a browser or a log. */
  serverMessage: string | null;
  retryAfter?: number;
}

export type UpstreamResult<R extends RouteId> =
  | { outcome: 'ok'; body: RouteResponses[R]; status: number }
  | { outcome: 'failed'; failure: UpstreamFailure };

export type DiscoveryResult =
  | { outcome: 'ok'; document: DiscoveryDocument; status: number }
  | { outcome: 'failed'; failure: UpstreamFailure };

export interface UpstreamClient {
  /** Calls one AuthFlow route, putting each parameter where the contract's route table says. */
  call<R extends RouteId>(route: R, params: RouteRequests[R], bearer?: string): Promise<UpstreamResult<R>>;
  /** `GET /`: the route groups AuthFlow serves, read as leniently as `parseDiscoveryDocument` reads them. */
  discover(): Promise<DiscoveryResult>;
}

export interface UpstreamClientOptions {
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  logger: ProxyLogger | undefined;
  now: () => number;
}

/** Far above any contract answer (a QR data URL is a few kilobytes). */
const maxAnswerBytes = 1024 * 1024;

function isJsonContentType(header: string | null): boolean {
  const essence = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}

function isHtmlContentType(header: string | null): boolean {
  return (header ?? '').toLowerCase().includes('html');
}

type ParsedJson = { parsed: true; value: unknown } | { parsed: false };

function parseJson(text: string): ParsedJson {
  try {
    return { parsed: true, value: JSON.parse(text) };
  } catch {
    return { parsed: false };
  }
}

function buildRequest(baseUrl: string, spec: RouteSpec, params: object, bearer: string | undefined) {
  const values = new Map<string, unknown>(Object.entries(params));
  const url = new URL(baseUrl + spec.path);
  const headers = new Headers({ accept: 'application/json' });
  const body: Record<string, unknown> = {};
  for (const parameter of spec.parameters) {
    const value = parameter.in === 'header' ? bearer && `Bearer ${bearer}` : values.get(parameter.name);
    // An extension route's one object parameter (a WebAuthn credential) travels in the JSON body.
    if (parameter.type === 'object' && parameter.in === 'body' && isRecord(value)) {
      body[parameter.name] = value;
      continue;
    }
    if (typeof value !== 'string') continue;
    switch (parameter.in) {
      case 'query':
        url.searchParams.set(parameter.name, value);
        break;
      case 'body':
        body[parameter.name] = value;
        break;
      case 'header':
        headers.set(parameter.name, value);
        break;
      default:
        parameter.in satisfies never;
    }
  }
  if (spec.method === 'POST') headers.set('content-type', 'application/json');
  return { url, headers, body: spec.method === 'POST' ? JSON.stringify(body) : undefined };
}

/**
 * The proxy's only way to AuthFlow. Every call has a timeout, follows no redirect, caps the
 * answer's size and checks a success body with the contract's guard, so faults of any kind come
 * back as an {@link UpstreamFailure} with a code instead of an exception.
 */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function exchange<R extends RouteId>(
    route: R,
    params: RouteRequests[R],
    bearer: string | undefined,
    signal: AbortSignal,
  ): Promise<UpstreamResult<R>> {
    const spec: RouteSpec = routes[route];
    const request = buildRequest(baseUrl, spec, params, bearer);
    const response = await options.fetch(request.url, {
      method: spec.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
    });
    const { status } = response;
    const failed = (code: AuthErrorCode, serverMessage: string | null = null): UpstreamResult<R> => ({
      outcome: 'failed',
      failure: { code, status, serverMessage },
    });

    // A redirect would hand the query string, with its password or token, to another address.
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel();
      return failed('invalid_response');
    }
    const bytes =
      response.body === null ? new Uint8Array() : await readCappedBytes(response.body, maxAnswerBytes);
    if (bytes === 'tooLarge') return failed('invalid_response');
    const text = new TextDecoder().decode(bytes);

    if (response.ok) {
      const guard = responseGuards[route];
      if (spec.responseBody === 'html')
        return guard(text) ? { outcome: 'ok', body: text, status } : failed('invalid_response');
      if (isStatusOnlyRoute(route)) {
        // As in the core client: a 2xx page is a misrouted request, not AuthFlow's "200 on success".
        if (isHtmlContentType(response.headers.get('content-type'))) return failed('invalid_response');
        const ignored: unknown = undefined;
        return guard(ignored) ? { outcome: 'ok', body: ignored, status } : failed('invalid_response');
      }
      if (!isJsonContentType(response.headers.get('content-type'))) return failed('invalid_response');
      const json = parseJson(text);
      if (!json.parsed || !guard(json.value)) return failed('invalid_response');
      return { outcome: 'ok', body: json.value, status };
    }

    const json: ParsedJson = isJsonContentType(response.headers.get('content-type'))
      ? parseJson(text)
      : { parsed: false };
    const serverMessage = json.parsed && isErrorResponse(json.value) ? json.value.message : null;
    const failure: UpstreamFailure = {
      code: enumerationSafeCode(route, classifyAuthFlowFailure(route, status, serverMessage)),
      status,
      serverMessage,
    };
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), options.now());
    if (failure.code === 'rate_limited' && retryAfter !== undefined) failure.retryAfter = retryAfter;
    return { outcome: 'failed', failure };
  }

  async function readDiscovery(signal: AbortSignal): Promise<DiscoveryResult> {
    const response = await options.fetch(`${baseUrl}/`, {
      method: 'GET',
      headers: { accept: 'application/json' },
      redirect: 'manual',
      signal,
    });
    const { status } = response;
    const bytes =
      response.body === null ? new Uint8Array() : await readCappedBytes(response.body, maxAnswerBytes);
    const failed = (code: AuthErrorCode): DiscoveryResult => ({
      outcome: 'failed',
      failure: { code, status, serverMessage: null },
    });
    if (status >= 500) return failed('server');
    if (status === 429) {
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), options.now());
      const failure: UpstreamFailure = { code: 'rate_limited', status, serverMessage: null };
      if (retryAfter !== undefined) failure.retryAfter = retryAfter;
      return { outcome: 'failed', failure };
    }
    if (bytes === 'tooLarge' || status !== 200 || !isJsonContentType(response.headers.get('content-type'))) {
      return failed('invalid_response');
    }
    const json = parseJson(new TextDecoder().decode(bytes));
    const document = json.parsed ? parseDiscoveryDocument(json.value) : null;
    return document === null ? failed('invalid_response') : { outcome: 'ok', document, status };
  }

  /** Runs one exchange with the timeout, turning a thrown fault into a failure, and logs it. */
  async function timed<
    T extends { outcome: 'ok'; status: number } | { outcome: 'failed'; failure: UpstreamFailure },
  >(
    route: RouteId | 'discovery',
    run: (signal: AbortSignal) => Promise<T>,
  ): Promise<T | { outcome: 'failed'; failure: UpstreamFailure }> {
    const started = options.now();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    let result: T | { outcome: 'failed'; failure: UpstreamFailure };
    try {
      result = await run(controller.signal);
    } catch {
      // The error itself is dropped on purpose: fetch errors can quote the URL, query and all.
      const code = controller.signal.aborted ? 'timeout' : 'network';
      result = { outcome: 'failed', failure: { code, status: null, serverMessage: null } };
    } finally {
      clearTimeout(timer);
    }
    options.logger?.({
      event: 'upstream',
      route,
      status: result.outcome === 'ok' ? result.status : result.failure.status,
      durationMs: options.now() - started,
      ...(result.outcome === 'failed' ? { code: result.failure.code } : {}),
    });
    return result;
  }

  return {
    call: (route, params, bearer) => timed(route, (signal) => exchange(route, params, bearer, signal)),
    discover: () => timed('discovery', readDiscovery),
  };
}
