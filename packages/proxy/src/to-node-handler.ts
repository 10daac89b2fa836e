import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { AuthProxyHandler } from './create-auth-proxy.js';
import { nodeEntryOf } from './node-entry.js';
import { carriesBody, headersOf, type NodeIncomingRequest, urlOf } from './node-proxy-call.js';
import type { ProxyAnswer } from './proxy-answers.js';
import { type ClientErrorWatch, watchClientErrors } from './watch-client-errors.js';

/** A `node:http` request listener that is also Express and Connect middleware. */
export type NodeRequestHandler = (
  request: NodeIncomingRequest,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

function bodyStream(request: IncomingMessage, watch: ClientErrorWatch): ReadableStream<Uint8Array> {
  const chunks = request[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done && watch.broken()) controller.error(new Error('The body ran past its Content-Length.'));
      else if (done) controller.close();
      else
        controller.enqueue(
          typeof value === 'string' ? new TextEncoder().encode(value) : new Uint8Array(value),
        );
    },
    // Not destroying the request on purpose: that would close the socket before the 413 answer
    // is written. The answer carries `Connection: close` instead.
  });
}

function toRequest(request: NodeIncomingRequest, watch: ClientErrorWatch): Request {
  const method = request.method ?? 'GET';
  const headers = headersOf(request);
  const init: RequestInit & { duplex?: 'half' } = carriesBody(method)
    ? { method, headers, body: bodyStream(request, watch), duplex: 'half' }
    : { method, headers };
  return new Request(urlOf(request), init);
}

async function writeResponse(
  answer: Response,
  response: ServerResponse,
  watch: ClientErrorWatch,
): Promise<void> {
  response.statusCode = answer.status;
  for (const [name, value] of answer.headers) {
    if (name !== 'set-cookie') response.setHeader(name, value);
  }
  if (watch.broken()) response.setHeader('connection', 'close');
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader('set-cookie', cookies);
  response.end(Buffer.from(await answer.arrayBuffer()));
}

function writeAnswer(answer: ProxyAnswer, response: ServerResponse, watch: ClientErrorWatch): void {
  const headers: OutgoingHttpHeaders = { ...answer.headers };
  if (answer.cookies.length > 0) headers['set-cookie'] = [...answer.cookies];
  if (watch.broken()) headers.connection = 'close';
  // `writeHead` sends the head at once: without a length, Node would chunk the body.
  if (answer.body !== null) headers['content-length'] = Buffer.byteLength(answer.body);
  response.writeHead(answer.status, headers);
  response.end(answer.body ?? undefined);
}

/**
 * Mounts a web-standard handler in `node:http`, Express or Connect. Mount it before any body
 * parser (`express.json()` would consume the body the proxy checks and reads itself). A handler
 * from `createAuthProxy` reads the `node:http` request directly; any other gets a `Request`.
 *
 * @example
 * createServer(toNodeHandler(proxy)).listen(8787);
 * app.use('/api/auth', toNodeHandler(proxy)); // Express: the full path still reaches the proxy
 */
export function toNodeHandler(handler: AuthProxyHandler): NodeRequestHandler {
  const entry = nodeEntryOf(handler);
  return (request, response, next) => {
    const watch = watchClientErrors(request);
    const peerAddress = request.socket.remoteAddress;
    const answering =
      entry === undefined
        ? handler(toRequest(request, watch), peerAddress === undefined ? {} : { peerAddress }).then(
            (answer) => writeResponse(answer, response, watch),
          )
        : entry(request, watch).then((answer) => writeAnswer(answer, response, watch));
    answering
      .finally(() => watch.finish())
      .catch((error: unknown) => {
        if (next !== undefined) {
          next(error);
          return;
        }
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
  };
}
