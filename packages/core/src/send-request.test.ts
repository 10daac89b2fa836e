import { describe, expect, it } from 'vitest';
import { isAuthError } from './auth-error.js';
import { type FetchFunction, maxResponseBytes, sendRequest } from './send-request.js';

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAuthError(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/** A server that never answers, but lets go when the request is aborted, as fetch does. */
const hangingFetch: FetchFunction = (request) =>
  new Promise((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });

const url = 'http://authflow.test/auth/me?sessionToken=secret';

describe('sendRequest', () => {
  it('given no answer within timeoutMs, it rejects with timeout', async () => {
    const error = await failure(sendRequest(url, {}, { fetch: hangingFetch, timeoutMs: 20 }));
    expect(error.code).toBe('timeout');
    expect(error.message).not.toContain('secret');
  });

  it('given a fetch that ignores its signal and never settles, it still times out', async () => {
    const deaf: FetchFunction = () => new Promise(() => undefined);
    expect((await failure(sendRequest(url, {}, { fetch: deaf, timeoutMs: 20 }))).code).toBe('timeout');
  });

  it('given headers in time but a body that stalls, it still times out', async () => {
    const stalledBody: FetchFunction = async (request) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"tok'));
          request.signal.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(body);
    };
    expect((await failure(sendRequest(url, {}, { fetch: stalledBody, timeoutMs: 20 }))).code).toBe('timeout');
  });

  it('given the caller aborts mid-flight, it rejects with aborted', async () => {
    const controller = new AbortController();
    const pending = sendRequest(url, {}, { fetch: hangingFetch, timeoutMs: 5000, signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).code).toBe('aborted');
  });

  it('given a signal already aborted, it rejects with aborted and sends nothing', async () => {
    let sent = 0;
    const counting: FetchFunction = async () => {
      sent += 1;
      return new Response('{}');
    };
    const error = await failure(
      sendRequest(url, {}, { fetch: counting, timeoutMs: 5000, signal: AbortSignal.abort() }),
    );
    expect(error.code).toBe('aborted');
    expect(sent).toBe(0);
  });

  it('given fetch rejects (offline, connection refused), it rejects with network, never a raw TypeError', async () => {
    const offline: FetchFunction = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await failure(sendRequest(url, {}, { fetch: offline, timeoutMs: 5000 }));
    expect(error.code).toBe('network');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('given a connection refused by a real socket, it rejects with network', async () => {
    const error = await failure(
      sendRequest('http://127.0.0.1:9/auth/me', {}, { fetch: (request) => fetch(request), timeoutMs: 5000 }),
    );
    expect(error.code).toBe('network');
  });

  it('given a body larger than maxResponseBytes, it rejects with invalid_response', async () => {
    const huge: FetchFunction = async () => new Response('x'.repeat(maxResponseBytes + 1));
    expect((await failure(sendRequest(url, {}, { fetch: huge, timeoutMs: 5000 }))).code).toBe(
      'invalid_response',
    );
  });

  it('given a relative baseUrl outside a browser, it rejects with configuration', async () => {
    const error = await failure(
      sendRequest('/authflow/auth/me', {}, { fetch: hangingFetch, timeoutMs: 5000 }),
    );
    expect(error.code).toBe('configuration');
  });

  it('clears its timer once answered, so a late timeout cannot fire', async () => {
    const quick: FetchFunction = async () => new Response('{"ok":true}', { status: 200 });
    const response = await sendRequest(url, {}, { fetch: quick, timeoutMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(response).toMatchObject({ status: 200, text: '{"ok":true}' });
  });
});
