import { proxyCsrfHeader, proxyCsrfHeaderValue } from '@authflow-ui/contract';
import { errorAnswer, type ProxyAnswer } from './proxy-answers.js';
import type { ProxyCall } from './proxy-call.js';

/** `application/json`, alone or with `charset=utf-8`: no HTML form can send either. */
function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const [essence, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
  if (essence !== 'application/json') return false;
  return parameters.every((parameter) => parameter.replace(/\s/g, '') === 'charset=utf-8');
}

/**
 * The CSRF and format checks every endpoint call passes before its body is read: a POST, from an
 * allowed `Origin` (a missing one is refused), with the kit's custom header (which a form cannot
 * set and a cross-origin script cannot send without a preflight the proxy refuses), with a JSON
 * content type. Answers `null` when the request passes.
 */
export function checkBrowserRequest(
  call: ProxyCall,
  allowedOrigins: ReadonlySet<string>,
): ProxyAnswer | null {
  if (call.method !== 'POST') {
    return errorAnswer('invalid_request', { status: 405, headers: { allow: 'POST, OPTIONS' } });
  }
  const origin = call.header('origin');
  if (origin === null || !allowedOrigins.has(origin)) return errorAnswer('forbidden');
  if (call.header(proxyCsrfHeader) !== proxyCsrfHeaderValue) return errorAnswer('forbidden');
  if (!isJsonContentType(call.header('content-type'))) {
    return errorAnswer('invalid_request', { status: 415 });
  }
  return null;
}

/**
 * The answer to a CORS preflight: allowed only for an allowed origin asking to POST with the
 * kit's headers. Needed only when the page and the proxy are on different origins of one site.
 */
export function preflightAnswer(call: ProxyCall, allowedOrigins: ReadonlySet<string>): ProxyAnswer {
  const origin = call.header('origin');
  const method = call.header('access-control-request-method');
  if (origin === null || !allowedOrigins.has(origin) || method !== 'POST') return errorAnswer('forbidden');
  return {
    status: 204,
    cookies: [],
    body: null,
    headers: {
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': `content-type, ${proxyCsrfHeader}`,
      'access-control-max-age': '600',
    },
  };
}
