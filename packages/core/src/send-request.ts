import { AuthError } from './auth-error.js';

/** The `fetch` the client calls; any WHATWG-compatible implementation works. */
export type FetchFunction = (request: Request) => Promise<Response>;

export interface SendRequestOptions {
  fetch: FetchFunction;
  /** Milliseconds before the request (headers and body) is abandoned with `timeout`. */
  timeoutMs: number;
  /** The caller's signal; aborting it rejects with `aborted`. */
  signal?: AbortSignal | undefined;
  /**
   * Whether cookies go along. Default `'omit'`: AuthFlow authenticates by token, never by cookie.
   * The proxy transport sends `'include'`, since its session is an HttpOnly cookie.
   */
  credentials?: RequestCredentials;
}

/** What came back, body read in full as text. */
export interface ReceivedResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Larger answers are refused: no AuthFlow answer comes close, and a runaway body must not hang a tab. */
export const maxResponseBytes = 1_048_576;

class OversizedBodyError extends Error {}

async function readText(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxResponseBytes) throw new OversizedBodyError();
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxResponseBytes) {
      await reader.cancel();
      throw new OversizedBodyError();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Sends one request and reads its body, under a timeout and the caller's signal. Every
 * failure becomes an `AuthError`: `aborted` when the caller aborted, `timeout` when the
 * time ran out, `network` when fetch or the body stream failed, `invalid_response` for a
 * body over `maxResponseBytes`, `configuration` when the URL cannot form a request.
 * Redirects are not followed, because contract requests carry secrets in their query.
 */
export async function sendRequest(
  url: string,
  init: RequestInit,
  options: SendRequestOptions,
): Promise<ReceivedResponse> {
  const { signal } = options;
  if (signal?.aborted) throw new AuthError('aborted', 'The request was aborted before it was sent');
  const controller = new AbortController();
  let request: Request;
  try {
    request = new Request(url, {
      ...init,
      signal: controller.signal,
      redirect: 'manual',
      credentials: options.credentials ?? 'omit',
      cache: 'no-store',
    });
  } catch (cause) {
    throw new AuthError('configuration', 'Could not form a request: is baseUrl an absolute URL?', { cause });
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const abortFromCaller = () => controller.abort();
  signal?.addEventListener('abort', abortFromCaller, { once: true });
  // A fetch that ignores its signal (some polyfills and test doubles do) must still time out.
  const abandoned = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('abandoned')), { once: true });
  });
  abandoned.catch(() => undefined);
  try {
    const response = await Promise.race([options.fetch(request), abandoned]);
    const text = await Promise.race([readText(response), abandoned]);
    return { status: response.status, headers: response.headers, text };
  } catch (cause) {
    if (signal?.aborted) throw new AuthError('aborted', 'The request was aborted', { cause });
    if (timedOut) {
      throw new AuthError('timeout', `AuthFlow did not answer within ${options.timeoutMs} ms`, { cause });
    }
    if (cause instanceof OversizedBodyError) {
      throw new AuthError('invalid_response', `AuthFlow answered with more than ${maxResponseBytes} bytes`);
    }
    throw new AuthError('network', 'Could not reach AuthFlow (network error)', { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }
}
