import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { urlToHttpOptions } from 'node:url';
import { isRedirectStatus, type UpstreamExchange, type UpstreamTransport } from './upstream-transport.js';

/**
 * An idle kept-alive connection is closed after this long, or sooner when AuthFlow announces a
 * shorter `Keep-Alive: timeout` (Node's agent then closes it a second early), so a request is not
 * sent on a connection the server is closing.
 */
const idleConnectionMs = 4000;

function headerOf(incoming: IncomingMessage) {
  return (name: string): string | null => {
    const value = incoming.headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  };
}

/**
 * The default way to AuthFlow: `node:http` or `node:https` over kept-alive connections of one
 * agent per proxy. A connection (and TLS handshake) per call, or `fetch` with its `Request`,
 * `Response`, `AbortSignal` and web streams, costs several times the CPU of the exchange itself.
 */
export function createNodeTransport(baseUrl: string): UpstreamTransport {
  const base = new URL(baseUrl);
  const secure = base.protocol === 'https:';
  // Host, port and credentials once; each call only adds its path.
  const { hostname, port, auth } = urlToHttpOptions(base);
  const basePath = base.pathname.replace(/\/+$/, '');
  const agentOptions = { keepAlive: true, timeout: idleConnectionMs, scheduling: 'lifo' } as const;
  const agent = secure ? new HttpsAgent(agentOptions) : new HttpAgent(agentOptions);
  const send = secure ? httpsRequest : httpRequest;

  return (request, { timeoutMs, maxAnswerBytes }) =>
    new Promise<UpstreamExchange>((resolve) => {
      const headers: Record<string, string> = { ...request.headers };
      if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
      let settled = false;
      // The first outcome wins; a socket destroyed afterwards changes nothing.
      const settle = (exchange: UpstreamExchange) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(exchange);
      };
      const target = { hostname, port, auth, path: basePath + request.path };
      const outgoing = send({ ...target, method: request.method, headers, agent }, (incoming) => {
        const status = incoming.statusCode ?? 0;
        const header = headerOf(incoming);
        if (isRedirectStatus(status)) {
          // Read to its end, unused, so the connection can serve the next call.
          incoming.resume();
          settle({
            outcome: 'answered',
            answer: { status, header, body: { read: 'skipped', reason: 'redirect' } },
          });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxAnswerBytes) {
            settle({
              outcome: 'answered',
              answer: { status, header, body: { read: 'skipped', reason: 'tooLarge' } },
            });
            incoming.destroy();
            return;
          }
          chunks.push(chunk);
        });
        incoming.on('end', () =>
          settle({
            outcome: 'answered',
            answer: { status, header, body: { read: 'complete', bytes: Buffer.concat(chunks, size) } },
          }),
        );
        // Without 'end' first, the answer was cut off before its last byte.
        incoming.on('close', () => settle({ outcome: 'unanswered', reason: 'network' }));
      });
      const timer = setTimeout(() => {
        settle({ outcome: 'unanswered', reason: 'timeout' });
        outgoing.destroy();
      }, timeoutMs);
      outgoing.on('error', () => settle({ outcome: 'unanswered', reason: 'network' }));
      outgoing.end(request.body);
    });
}
