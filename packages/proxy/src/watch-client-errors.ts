import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** One request of the proxy's, and whether bytes past its declared length broke its connection. */
export interface ClientErrorWatch {
  /** True once `node:http` failed to parse what followed this request on its connection. */
  broken(): boolean;
  /** Call when the answer is written: the connection is no longer the proxy's concern. */
  finish(): void;
}

const watchedServers = new WeakSet<EventEmitter>();
const brokenSockets = new WeakMap<Duplex, boolean>();

/** `node:http`'s own answers to a request it cannot parse (see its `socketOnError`). */
function defaultStatusLine(error: Error): string {
  const code = Reflect.get(error, 'code');
  if (code === 'HPE_HEADER_OVERFLOW') return '431 Request Header Fields Too Large';
  if (code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW') return '413 Payload Too Large';
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return '408 Request Timeout';
  return '400 Bad Request';
}

function onClientError(this: EventEmitter, error: Error, socket: Duplex): void {
  if (brokenSockets.has(socket)) {
    // A body longer than its Content-Length: the extra bytes parse as a second, broken request.
    // The proxy's request on this connection answers with a 400 and closes it.
    brokenSockets.set(socket, true);
    return;
  }
  // With a listener of its own, node:http no longer answers by itself; the app may have one too.
  if (this.listenerCount('clientError') > 1) return;
  if (socket.writable) socket.write(`HTTP/1.1 ${defaultStatusLine(error)}\r\nConnection: close\r\n\r\n`);
  socket.destroy(error);
}

/**
 * Watches the connection of one request. `node:http` answers a parse error on a connection with a
 * bare 400 and destroys it at once, so the request before the broken bytes never got its answer:
 * to the client, a dropped connection. The server is found through the socket because a
 * middleware never sees it otherwise.
 */
export function watchClientErrors(request: IncomingMessage): ClientErrorWatch {
  const { socket } = request;
  const server: unknown = Reflect.get(socket, 'server');
  if (!(server instanceof EventEmitter)) return { broken: () => false, finish: () => undefined };
  if (!watchedServers.has(server)) {
    watchedServers.add(server);
    server.on('clientError', onClientError);
  }
  brokenSockets.set(socket, false);
  return {
    broken: () => brokenSockets.get(socket) === true,
    finish: () => brokenSockets.delete(socket),
  };
}
