import type { BodyLimits, BodyRead, ProxyCall } from './proxy-call.js';
import { readCappedBytes } from './read-capped-bytes.js';

async function readWithin(body: ReadableStream<Uint8Array>, { maxBytes, deadlineMs }: BodyLimits) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<BodyRead>((resolve) => {
    timer = setTimeout(() => resolve({ outcome: 'unfinished' }), deadlineMs);
  });
  // A stream that fails (the connection broke, or `toNodeHandler` saw bytes past the declared
  // length) ends unfinished as well.
  const reading = readCappedBytes(body, maxBytes).then(
    (bytes): BodyRead => (bytes === 'tooLarge' ? { outcome: 'tooLarge' } : { outcome: 'read', bytes }),
    (): BodyRead => ({ outcome: 'unfinished' }),
  );
  try {
    return await Promise.race([reading, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A web `Request`, as frameworks that speak `Request`/`Response` hand it to the proxy. */
export function webProxyCall(request: Request): ProxyCall {
  const { body } = request;
  return {
    method: request.method,
    path: new URL(request.url).pathname,
    header: (name) => request.headers.get(name),
    readBody: body === null ? null : (limits) => readWithin(body, limits),
    toRequest: () => request,
  };
}
