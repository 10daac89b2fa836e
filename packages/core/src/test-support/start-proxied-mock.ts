import { createServer } from 'node:http';
import type { startMockServer } from '@authflow-ui/mocks/node';
import { type AuthProxyOptions, createAuthProxy, toNodeHandler } from '@authflow-ui/proxy';
import type { FetchFunction } from '../send-request.js';

export const devApiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';

/** The page origin the proxy allows; the test fetch sends it as a browser would. */
export const appOrigin = 'http://app.example.test';

export type MockServer = Awaited<ReturnType<typeof startMockServer>>;

export interface RunningProxy {
  /** Where the proxy's endpoints live: the client's `baseUrl`. */
  baseUrl: string;
  close(): Promise<void>;
}

/** The real proxy in a real `node:http` server on 127.0.0.1, in front of the mock's real server. */
export async function startProxy(
  mock: MockServer,
  options: Partial<AuthProxyOptions> = {},
): Promise<RunningProxy> {
  const handler = createAuthProxy({
    baseUrl: mock.url,
    apiKey: devApiKey,
    role: 'user',
    allowedOrigins: [appOrigin],
    cookie: { secure: false, name: 'authflow' },
    ...options,
  });
  const server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the proxy has no address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}/api/auth`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface BrowserLikeFetch {
  fetch: FetchFunction;
  /** Every request as it left the client. */
  requests: Request[];
  /** Cookie name to value, as the proxy last set them. */
  cookies: Map<string, string>;
}

/**
 * A fetch that behaves like a browser page on {@link appOrigin}: it sends `Origin` and keeps the
 * proxy's cookies between calls (node's fetch has no cookie jar).
 */
export function browserLikeFetch(): BrowserLikeFetch {
  const requests: Request[] = [];
  const cookies = new Map<string, string>();
  const fetch: FetchFunction = async (request) => {
    requests.push(request.clone());
    const headers = new Headers(request.headers);
    headers.set('origin', appOrigin);
    if (request.credentials === 'include' && cookies.size > 0) {
      headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const body = request.method === 'GET' ? undefined : await request.text();
    const response = await globalThis.fetch(request.url, {
      method: request.method,
      headers,
      body,
      redirect: 'manual',
      signal: request.signal,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  return { fetch, requests, cookies };
}
