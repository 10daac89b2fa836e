import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { serverMessages } from '@authflow-ui/contract';
import { getResponse } from 'msw';
import {
  type CreateMockAuthFlowOptions,
  createMockAuthFlow,
  type MockAuthFlow,
} from './create-mock-auth-flow.js';
import { parseScenario } from './parse-scenario.js';
import { errorBody } from './responses.js';
import { corsHeaders, isLocalDevOrigin, preflightHeaders } from './server/cors-headers.js';
import { BodyTooLargeError, toFetchRequest } from './server/to-fetch-request.js';

export interface StartMockServerOptions extends CreateMockAuthFlowOptions {
  /** Port on 127.0.0.1. Default `0`: a free port, read it from `url`. */
  port?: number;
}

export interface MockServer {
  /** Where the routes answer: `http://127.0.0.1:<port>` plus the path of `baseUrl`, if any. */
  url: string;
  mock: MockAuthFlow;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** The path part of a `baseUrl` option; the server always answers on its own origin. */
function pathPrefix(baseUrl: string | undefined): string {
  if (baseUrl === undefined) return '';
  return new URL(baseUrl, 'http://127.0.0.1').pathname.replace(/\/+$/, '');
}

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: string | Uint8Array,
) {
  response.writeHead(status, headers);
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>) {
  send(response, status, { ...headers, 'Content-Type': 'application/json' }, JSON.stringify(body));
}

/** `POST /__dev/scenario` with `{"scenario": "rate-limited:30"}` (the texts `?scenario=` takes) or `null`. */
async function switchScenario(
  mock: MockAuthFlow,
  request: IncomingMessage,
  response: ServerResponse,
  cors: Record<string, string>,
) {
  const text = await readDevText(request);
  let requested: unknown;
  try {
    requested = text === null ? undefined : (JSON.parse(text) as { scenario?: unknown }).scenario;
  } catch {
    requested = undefined;
  }
  if (requested === null) {
    mock.setScenario(null);
    sendJson(response, 200, { scenario: null }, cors);
    return;
  }
  const scenario = typeof requested === 'string' ? parseScenario(requested) : null;
  if (scenario === null) {
    sendJson(response, 400, errorBody(400, 'Expected {"scenario": "<name>"} or {"scenario": null}'), cors);
    return;
  }
  mock.setScenario(scenario);
  sendJson(response, 200, { scenario: requested }, cors);
}

/** The small JSON body of a development endpoint, or `null` past 4 KiB. */
async function readDevText(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > 4096) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function answer(
  mock: MockAuthFlow,
  origin: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const url = new URL(request.url ?? '/', origin);
  const requestOrigin = request.headers.origin;
  const cors = isLocalDevOrigin(requestOrigin) ? corsHeaders(requestOrigin) : {};

  const preflightMethod = request.headers['access-control-request-method'];
  if (request.method === 'OPTIONS' && requestOrigin !== undefined && preflightMethod !== undefined) {
    if (!isLocalDevOrigin(requestOrigin)) {
      sendJson(response, 403, errorBody(403, 'Origin not allowed'), {});
      return;
    }
    send(response, 204, preflightHeaders(requestOrigin, request.headers['access-control-request-headers']));
    return;
  }

  if (url.pathname === '/__dev/outbox' && request.method === 'GET') {
    sendJson(response, 200, mock.outbox.messages(url.searchParams.get('email') ?? undefined), cors);
    return;
  }
  if (url.pathname === '/__dev/scenario' && request.method === 'POST') {
    await switchScenario(mock, request, response, cors);
    return;
  }

  const fetchRequest = await toFetchRequest(request, url);
  const mocked = await getResponse(mock.handlers, fetchRequest);
  if (mocked === undefined) {
    sendJson(response, 404, errorBody(404, serverMessages.notFound), cors);
    return;
  }
  if (mocked.type === 'error') {
    // The `network-error` scenario: the connection dies without an answer.
    request.socket.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  mocked.headers.forEach((value, name) => {
    headers[name] = value;
  });
  send(response, mocked.status, { ...headers, ...cors }, new Uint8Array(await mocked.arrayBuffer()));
}

/**
 * Serves a mock AuthFlow over real HTTP on 127.0.0.1, for tests, the proxy and the demo: the same
 * handlers as in MSW, plus `GET /__dev/outbox?email=` (the outbox as JSON), `POST /__dev/scenario`
 * (`{"scenario": "network-error"}` or `null`: switches the fault, for `pnpm dev:full`) and CORS for local
 * development origins (`http://localhost:*`, `http://127.0.0.1:*`, credentials allowed).
 */
export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServer> {
  const { port = 0, ...mockOptions } = options;
  let serve: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => {
    sendJson(response, 503, errorBody(503, 'Starting'), {});
  };
  const server = createServer((request, response) => serve(request, response));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The mock server has no TCP address');

  const origin = `http://127.0.0.1:${address.port}`;
  const url = `${origin}${pathPrefix(mockOptions.baseUrl)}`;
  const mock = createMockAuthFlow({ ...mockOptions, baseUrl: url });
  serve = (request, response) => {
    answer(mock, origin, request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy();
      } else if (error instanceof BodyTooLargeError) {
        sendJson(response, 413, errorBody(413, error.message), {});
      } else {
        sendJson(response, 500, errorBody(500, serverMessages.internalError), {});
      }
    });
  };

  return {
    url,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
