import { type DiscoveryDocument, parseDiscoveryDocument, parseRetryAfter } from '@authflow-ui/contract';
import { AuthError } from './auth-error.js';
import { joinUrl } from './join-url.js';
import { type SendRequestOptions, sendRequest } from './send-request.js';

function failure(status: number, retryAfter: number | undefined): AuthError {
  const message = `AuthFlow GET / failed with ${status}`;
  if (status === 429)
    return new AuthError('rate_limited', message, {
      status,
      ...(retryAfter === undefined ? {} : { retryAfter }),
    });
  if (status >= 500) return new AuthError('server', message, { status });
  if (status === 404) return new AuthError('not_found', message, { status });
  return new AuthError('invalid_response', message, { status });
}

/**
 * `GET /`: the route groups AuthFlow serves, read by `parseDiscoveryDocument` (routes listed as
 * objects or strings; unknown groups and fields ignored).
 */
export async function fetchDiscoveryDocument(
  baseUrl: string,
  options: SendRequestOptions & { now: () => number },
): Promise<DiscoveryDocument> {
  const response = await sendRequest(
    joinUrl(baseUrl, '/'),
    { method: 'GET', headers: { Accept: 'application/json' } },
    options,
  );
  if (response.status < 200 || response.status >= 300) {
    throw failure(response.status, parseRetryAfter(response.headers.get('retry-after'), options.now()));
  }
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch (cause) {
    throw new AuthError('invalid_response', 'AuthFlow GET / answered with a body that is not JSON', {
      cause,
    });
  }
  const document = parseDiscoveryDocument(body);
  if (document === null) {
    throw new AuthError('invalid_response', 'AuthFlow GET / answered with a body of the wrong shape');
  }
  return document;
}
