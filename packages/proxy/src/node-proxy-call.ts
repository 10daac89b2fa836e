import type { IncomingMessage } from 'node:http';
import type { BodyLimits, BodyRead, ProxyCall } from './proxy-call.js';
import type { ClientErrorWatch } from './watch-client-errors.js';

/** A `node:http` request, with Express's `originalUrl` when it is mounted under a path. */
export type NodeIncomingRequest = IncomingMessage & { originalUrl?: string };

/**
 * The request's URL. Express strips its mount path from `url` and keeps the full path in
 * `originalUrl`. The host is a placeholder: the proxy routes by path only and never trusts the
 * Host header.
 */
export function urlOf(request: NodeIncomingRequest): URL {
  return new URL(request.originalUrl ?? request.url ?? '/', 'http://localhost');
}

/** Whether a request of this method carries a body at all, as `fetch` sees it. */
export function carriesBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/** The request's headers as sent, without HTTP/2 pseudo-headers. */
export function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = request.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] ?? '';
    if (!name.startsWith(':')) headers.append(name, raw[index + 1] ?? '');
  }
  return headers;
}

function readBody(request: IncomingMessage, watch: ClientErrorWatch, limits: BodyLimits): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (read: BodyRead) => {
      clearTimeout(timer);
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onFailure);
      request.off('close', onFailure);
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      // Not destroying the request on purpose: that would close the socket before the 413
      // answer is written. The answer carries `Connection: close` instead.
      if (size > limits.maxBytes) finish({ outcome: 'tooLarge' });
      else chunks.push(chunk);
    };
    // Bytes past the declared length parse as a second, broken request on the connection.
    const onEnd = () =>
      finish(
        watch.broken() ? { outcome: 'unfinished' } : { outcome: 'read', bytes: Buffer.concat(chunks, size) },
      );
    const onFailure = () => finish({ outcome: 'unfinished' });
    const timer = setTimeout(onFailure, limits.deadlineMs);
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onFailure);
    // After 'end' the read is finished and this changes nothing.
    request.on('close', onFailure);
  });
}

/** A `node:http` request read directly: no `Request`, no web stream, headers looked up as asked. */
export function nodeProxyCall(request: NodeIncomingRequest, watch: ClientErrorWatch): ProxyCall {
  const method = request.method ?? 'GET';
  const url = urlOf(request);
  const raw = request.rawHeaders;
  return {
    method,
    path: url.pathname,
    header(name) {
      let value: string | null = null;
      for (let index = 0; index + 1 < raw.length; index += 2) {
        const rawName = raw[index] ?? '';
        if (rawName.length !== name.length || rawName.toLowerCase() !== name) continue;
        const next = raw[index + 1] ?? '';
        value = value === null ? next : `${value}, ${next}`;
      }
      return value;
    },
    readBody: carriesBody(method) ? (limits) => readBody(request, watch, limits) : null,
    toRequest: () => new Request(url, { method, headers: headersOf(request) }),
  };
}
