import {
  type AuthErrorCode,
  classifyAuthFlowFailure,
  enumerationSafeCode,
  isErrorResponse,
  isStatusOnlyRoute,
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

export interface UpstreamClient {
  /** Calls one AuthFlow route, putting each parameter where the contract's route table says. */
  call<R extends RouteId>(route: R, params: RouteRequests[R], bearer?: string): Promise<UpstreamResult<R>>;
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
  const body: Record<string, string> = {};
  for (const parameter of spec.parameters) {
    const value = parameter.in === 'header' ? bearer && `Bearer ${bearer}` : values.get(parameter.name);
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

  return {
    async call(route, params, bearer) {
      const started = options.now();
      const exchanged = await options.transport(buildRequest(routes[route], params, bearer), {
        timeoutMs: options.timeoutMs,
        maxAnswerBytes,
      });
      const result: UpstreamResult<typeof route> =
        exchanged.outcome === 'answered'
          ? read(route, exchanged.answer)
          : { outcome: 'failed', failure: { code: exchanged.reason, status: null, serverMessage: null } };
      options.logger?.({
        event: 'upstream',
        route,
        status: result.outcome === 'ok' ? result.status : result.failure.status,
        durationMs: options.now() - started,
        ...(result.outcome === 'failed' ? { code: result.failure.code } : {}),
      });
      return result;
    },
  };
}
