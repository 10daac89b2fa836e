import type { ErrorResponse, RouteId, RouteResponses, RouteSpec } from '@authflow-ui/contract';
import { HttpResponse } from 'msw';

const reasonPhrases: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export function reasonPhrase(status: number): string {
  return reasonPhrases[status] ?? 'Error';
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** A small complete HTML page, as AuthFlow answers on its page routes. */
export function htmlPage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body>
</html>
`;
}

/** The JSON error body every AuthFlow failure carries. */
export function errorBody(status: number, message: string): Required<ErrorResponse> {
  return { statusCode: status, message, error: reasonPhrase(status) };
}

/**
 * An error answer: JSON `{ statusCode, message, error }`, or an HTML page on routes whose answer is
 * a page (a person who clicked an email link reads it).
 */
export function errorResponse(
  route: Pick<RouteSpec, 'responseBody'> | null,
  status: number,
  message: string,
  headers?: Record<string, string>,
): Response {
  if (route?.responseBody === 'html') {
    return HttpResponse.html(htmlPage(reasonPhrase(status), message), { status, headers });
  }
  return HttpResponse.json(errorBody(status, message), { status, headers });
}

/** A 200 JSON answer whose body the compiler checks against the contract's response type. */
export function successResponse<R extends RouteId>(_routeId: R, body: RouteResponses[R]): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}
