import { readCappedBytes } from './read-capped-bytes.js';
import {
  isRedirectStatus,
  type UpstreamAnswer,
  type UpstreamRequest,
  type UpstreamTransport,
} from './upstream-transport.js';

async function exchange(
  fetchFunction: typeof fetch,
  url: string,
  request: UpstreamRequest,
  signal: AbortSignal,
  maxAnswerBytes: number,
): Promise<UpstreamAnswer> {
  const response = await fetchFunction(url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    redirect: 'manual',
    signal,
  });
  const header = (name: string) => response.headers.get(name);
  const { status } = response;
  if (response.type === 'opaqueredirect' || isRedirectStatus(status)) {
    await response.body?.cancel();
    return { status, header, body: { read: 'skipped', reason: 'redirect' } };
  }
  const bytes =
    response.body === null ? new Uint8Array() : await readCappedBytes(response.body, maxAnswerBytes);
  return {
    status,
    header,
    body: bytes === 'tooLarge' ? { read: 'skipped', reason: 'tooLarge' } : { read: 'complete', bytes },
  };
}

/** Reaches AuthFlow at `baseUrl` through a `fetch` the app passes (the `fetch` option). */
export function fetchTransport(fetchFunction: typeof fetch, baseUrl: string): UpstreamTransport {
  const base = baseUrl.replace(/\/+$/, '');
  return async (request, { timeoutMs, maxAnswerBytes }) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const answer = await exchange(
        fetchFunction,
        base + request.path,
        request,
        controller.signal,
        maxAnswerBytes,
      );
      return { outcome: 'answered', answer };
    } catch {
      // The error itself is dropped on purpose: fetch errors can quote the URL, query and all.
      return { outcome: 'unanswered', reason: controller.signal.aborted ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
    }
  };
}
