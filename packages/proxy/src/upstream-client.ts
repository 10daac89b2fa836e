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
import type { UpstreamAnswer, UpstreamRequest, UpstreamTransport } from './upstream-transport.js';

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
  transport: UpstreamTransport;
  timeoutMs: number;
  logger: ProxyLogger | undefined;
  now: () => number;
}

const utf8 = new TextDecoder();

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

function buildRequest(spec: RouteSpec, params: object, bearer: string | undefined): UpstreamRequest {
  const values = new Map<string, unknown>(Object.entries(params));
  const query = new URLSearchParams();
  const headers: Record<string, string> = { accept: 'application/json' };
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
        query.set(parameter.name, value);
        break;
      case 'body':
        body[parameter.name] = value;
        break;
      case 'header':
        headers[parameter.name.toLowerCase()] = value;
        break;
      default:
        parameter.in satisfies never;
    }
  }
  if (spec.method === 'POST') headers['content-type'] = 'application/json';
  const search = query.toString();
  return {
    method: spec.method,
    path: search === '' ? spec.path : `${spec.path}?${search}`,
    headers,
    body: spec.method === 'POST' ? JSON.stringify(body) : undefined,
  };
}

/**
 * The proxy's only way to AuthFlow. Every call has a timeout, follows no redirect, caps the
 * answer's size and checks a success body with the contract's guard, so faults of any kind come
 * back as an {@link UpstreamFailure} with a code instead of an exception.
 */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  function read<R extends RouteId>(route: R, answer: UpstreamAnswer): UpstreamResult<R> {
    const spec: RouteSpec = routes[route];
    const { status } = answer;
    const failed = (code: AuthErrorCode, serverMessage: string | null = null): UpstreamResult<R> => ({
      outcome: 'failed',
      failure: { code, status, serverMessage },
    });

    if (answer.body.read === 'skipped') return failed('invalid_response');
    const text = utf8.decode(answer.body.bytes);
    const contentType = answer.header('content-type');

    if (status >= 200 && status < 300) {
      const guard = responseGuards[route];
      if (spec.responseBody === 'html')
        return guard(text) ? { outcome: 'ok', body: text, status } : failed('invalid_response');
      if (isStatusOnlyRoute(route)) {
        // As in the core client: a 2xx page is a misrouted request, not AuthFlow's "200 on success".
        if (isHtmlContentType(contentType)) return failed('invalid_response');
        const ignored: unknown = undefined;
        return guard(ignored) ? { outcome: 'ok', body: ignored, status } : failed('invalid_response');
      }
      if (!isJsonContentType(contentType)) return failed('invalid_response');
      const json = parseJson(text);
      if (!json.parsed || !guard(json.value)) return failed('invalid_response');
      return { outcome: 'ok', body: json.value, status };
    }

    const json: ParsedJson = isJsonContentType(contentType) ? parseJson(text) : { parsed: false };
    const serverMessage = json.parsed && isErrorResponse(json.value) ? json.value.message : null;
    const failure: UpstreamFailure = {
      code: enumerationSafeCode(route, classifyAuthFlowFailure(route, status, serverMessage)),
      status,
      serverMessage,
    };
    const retryAfter = parseRetryAfter(answer.header('retry-after'), options.now());
    if (failure.code === 'rate_limited' && retryAfter !== undefined) failure.retryAfter = retryAfter;
    return { outcome: 'failed', failure };
  }

  /** Reads `GET /` as leniently as `parseDiscoveryDocument` does; any other answer is a failure. */
  function readDiscovery(answer: UpstreamAnswer): DiscoveryResult {
    const { status } = answer;
    const failed = (code: AuthErrorCode): DiscoveryResult => ({
      outcome: 'failed',
      failure: { code, status, serverMessage: null },
    });
    if (status >= 500) return failed('server');
    if (status === 429) {
      const retryAfter = parseRetryAfter(answer.header('retry-after'), options.now());
      const failure: UpstreamFailure = { code: 'rate_limited', status, serverMessage: null };
      if (retryAfter !== undefined) failure.retryAfter = retryAfter;
      return { outcome: 'failed', failure };
    }
    if (
      answer.body.read === 'skipped' ||
      status !== 200 ||
      !isJsonContentType(answer.header('content-type'))
    ) {
      return failed('invalid_response');
    }
    const json = parseJson(utf8.decode(answer.body.bytes));
    const document = json.parsed ? parseDiscoveryDocument(json.value) : null;
    return document === null ? failed('invalid_response') : { outcome: 'ok', document, status };
  }

  /** Runs one exchange through the transport, reads its answer, and logs it. */
  async function exchange<
    T extends { outcome: 'ok'; status: number } | { outcome: 'failed'; failure: UpstreamFailure },
  >(
    route: RouteId | 'discovery',
    request: UpstreamRequest,
    readAnswer: (answer: UpstreamAnswer) => T,
  ): Promise<T | { outcome: 'failed'; failure: UpstreamFailure }> {
    const started = options.now();
    const exchanged = await options.transport(request, { timeoutMs: options.timeoutMs, maxAnswerBytes });
    const result: T | { outcome: 'failed'; failure: UpstreamFailure } =
      exchanged.outcome === 'answered'
        ? readAnswer(exchanged.answer)
        : { outcome: 'failed', failure: { code: exchanged.reason, status: null, serverMessage: null } };
    options.logger?.({
      event: 'upstream',
      route,
      status: result.outcome === 'ok' ? result.status : result.failure.status,
      durationMs: options.now() - started,
      ...(result.outcome === 'failed' ? { code: result.failure.code } : {}),
    });
    return result;
  }

  const discoveryRequest: UpstreamRequest = {
    method: 'GET',
    path: '/',
    headers: { accept: 'application/json' },
    body: undefined,
  };

  return {
    call: (route, params, bearer) =>
      exchange(route, buildRequest(routes[route], params, bearer), (answer) => read(route, answer)),
    discover: () => exchange('discovery', discoveryRequest, readDiscovery),
  };
}
