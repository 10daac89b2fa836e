import type { FetchFunction } from '../send-request.js';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The parsed JSON body, or `undefined` when the request had none. */
  body: unknown;
  signal: AbortSignal;
  redirect: RequestRedirect;
  credentials: RequestCredentials;
}

/** A fetch that records every real `Request` it is handed and answers with `respond`. */
export function recordingFetch(respond: (request: Request, index: number) => Response | Promise<Response>) {
  const requests: RecordedRequest[] = [];
  const fetch: FetchFunction = async (request) => {
    const text = await request.clone().text();
    requests.push({
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      body: text === '' ? undefined : JSON.parse(text),
      signal: request.signal,
      redirect: request.redirect,
      credentials: request.credentials,
    });
    return respond(request, requests.length - 1);
  };
  return { fetch, requests };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function errorResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(status, { statusCode: status, message, error: 'Error' }, headers);
}

/** The query string as a plain object, to compare in one assertion. */
export function queryOf(request: RecordedRequest): Record<string, string> {
  return Object.fromEntries(request.url.searchParams);
}
