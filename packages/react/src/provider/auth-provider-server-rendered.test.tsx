import { createServer } from 'node:http';
import { proxyCsrfHeader, proxyCsrfHeaderValue } from '@authflow-ui/contract';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import { createAuthProxy, type ServerSession, toNodeHandler } from '@authflow-ui/proxy';
import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionLoading } from '../components/control/session-loading.js';
import { SignedIn } from '../components/control/signed-in.js';
import { SignedOut } from '../components/control/signed-out.js';
import { SignIn } from '../components/sign-in/sign-in.js';
import { UserButton } from '../components/user-button/user-button.js';
import { useSession } from '../hooks/use-session.js';
import { AuthProvider } from './auth-provider.js';
import type { InitialSession } from './initial-session.js';

/*
 * A server-rendered page (Next.js and the like): the server reads the session with the proxy's
 * `getSession`, renders the page with `react-dom/server`, and the browser hydrates that HTML.
 * Both renders must agree, show no loading state, and cost no request to the proxy.
 */

const pageOrigin = 'http://app.example.test';
let mock: MockServer;
let proxy: ReturnType<typeof createAuthProxy>;
let proxyBaseUrl = '';
let closeProxy: () => Promise<void>;
/** `METHOD path` of every request the proxy received. */
const proxyRequests: string[] = [];

beforeAll(async () => {
  mock = await startMockServer();
  proxy = createAuthProxy({
    baseUrl: mock.url,
    apiKey: mock.mock.apiKey,
    role: 'user',
    allowedOrigins: [pageOrigin],
    cookie: { secure: false, name: 'authflow' },
  });
  const nodeHandler = toNodeHandler(proxy);
  const server = createServer((request, response) => {
    proxyRequests.push(`${request.method} ${request.url}`);
    nodeHandler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the proxy has no address');
  proxyBaseUrl = `http://127.0.0.1:${address.port}/api/auth`;
  closeProxy = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
});

afterAll(async () => {
  await closeProxy();
  await mock.close();
});

/** Signs the member in through the proxy, as an earlier page did; returns the page request's `Cookie`. */
async function earlierSignIn(): Promise<string> {
  const response = await fetch(`${proxyBaseUrl}/sign-in`, {
    method: 'POST',
    headers: {
      origin: pageOrigin,
      [proxyCsrfHeader]: proxyCsrfHeaderValue,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      email: mock.mock.seeded.member.email,
      password: mock.mock.seeded.member.password,
    }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  if (cookie === undefined) throw new Error('the proxy set no cookie');
  return cookie;
}

function Status() {
  return <output data-testid="status">{useSession().status}</output>;
}

function Page({ initialSession }: { initialSession?: InitialSession }) {
  const props = initialSession === undefined ? {} : { initialSession };
  return (
    <AuthProvider baseUrl={proxyBaseUrl} {...props}>
      <Status />
      <SessionLoading>
        <p>Checking your session</p>
      </SessionLoading>
      <SignedIn>
        <UserButton />
      </SignedIn>
      <SignedOut>
        <SignIn />
      </SignedOut>
    </AuthProvider>
  );
}

let container: HTMLElement;
let root: Root | null = null;
let consoleErrors: unknown[][];
let recoverableErrors: unknown[];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  consoleErrors = [];
  recoverableErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
  vi.restoreAllMocks();
});

/** What `next start` does: the page's HTML from the server, then React hydrating it in the browser. */
async function serverRenderThenHydrate(
  initialSession?: InitialSession,
): Promise<{ html: string; proxyRequestsAfter: string[] }> {
  const html = renderToString(<Page {...(initialSession === undefined ? {} : { initialSession })} />);
  container.innerHTML = html;
  const requestsBefore = proxyRequests.length;
  await act(async () => {
    root = hydrateRoot(container, <Page {...(initialSession === undefined ? {} : { initialSession })} />, {
      onRecoverableError: (error) => recoverableErrors.push(error),
    });
  });
  // Give a stray request time to reach the proxy before counting.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { html, proxyRequestsAfter: proxyRequests.slice(requestsBefore) };
}

describe('given a page rendered on the server for a signed-in member', () => {
  it('sends the member in the HTML, hydrates without a warning and never asks for the session', async () => {
    const session: ServerSession = await proxy.getSession(await earlierSignIn());
    expect(session.status).toBe('signedIn');

    const { html, proxyRequestsAfter } = await serverRenderThenHydrate(session);

    expect(html).toContain('Max Member');
    expect(html).not.toContain('Checking your session');
    expect(html).toContain('>signedIn<');
    expect(screen.getByTestId('status').textContent).toBe('signedIn');
    expect(screen.getByRole('button', { name: /Max Member/ })).toBeTruthy();
    expect(consoleErrors).toEqual([]);
    expect(recoverableErrors).toEqual([]);
    // The account menu asks once which entries to offer (devices, passkeys); never the session.
    expect(proxyRequestsAfter).toEqual(['POST /api/auth/capabilities']);
  });
});

describe('given a page rendered on the server for a signed-out visitor', () => {
  it('sends the sign-in form in the HTML, hydrates without a warning and asks the proxy nothing', async () => {
    const session = await proxy.getSession(undefined);

    const { html, proxyRequestsAfter } = await serverRenderThenHydrate(session);

    expect(html).toContain('>signedOut<');
    expect(html).not.toContain('Checking your session');
    expect(screen.getByRole('textbox', { name: /email/i })).toBeTruthy();
    expect(consoleErrors).toEqual([]);
    expect(recoverableErrors).toEqual([]);
    expect(proxyRequestsAfter).toEqual([]);
  });
});

describe('given a page rendered on the server without a session read', () => {
  it('can only send the loading state, and asks the proxy once hydrated', async () => {
    const html = renderToString(<Page />);
    expect(html).toContain('Checking your session');
    expect(html).toContain('>loading<');
    container.innerHTML = html;
    const requestsBefore = proxyRequests.length;
    await act(async () => {
      root = hydrateRoot(container, <Page />);
    });
    await vi.waitFor(() => expect(proxyRequests.slice(requestsBefore)).toEqual(['POST /api/auth/session']));
  });
});
