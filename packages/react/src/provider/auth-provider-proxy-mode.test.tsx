import { createServer } from 'node:http';
import { proxyCsrfHeader, proxyCsrfHeaderValue } from '@authflow-ui/contract';
import { createProxyAuthClient } from '@authflow-ui/core';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import { createAuthProxy, toNodeHandler } from '@authflow-ui/proxy';
import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Protect } from '../components/control/protect.js';
import { SessionLoading } from '../components/control/session-loading.js';
import { SignedIn } from '../components/control/signed-in.js';
import { SignedOut } from '../components/control/signed-out.js';
import { useSession } from '../hooks/use-session.js';
import { useUser } from '../hooks/use-user.js';
import { AuthProvider } from './auth-provider.js';

/*
 * A reload in proxy mode: the session lives in the proxy's HttpOnly cookie, which page code cannot
 * read, so the provider must ask the real proxy (in front of the real mock) before it shows
 * either the signed-in or the signed-out interface.
 */

const pageOrigin = 'http://app.example.test';
let mock: MockServer;
let proxyBaseUrl = '';
let closeProxy: () => Promise<void>;
/** `METHOD path` of every request the proxy received. */
const proxyRequests: string[] = [];

beforeAll(async () => {
  mock = await startMockServer();
  const handler = createAuthProxy({
    baseUrl: mock.url,
    apiKey: mock.mock.apiKey,
    role: 'user',
    allowedOrigins: [pageOrigin],
    cookie: { secure: false, name: 'authflow' },
  });
  const nodeHandler = toNodeHandler(handler);
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

/** Signs the member in through the proxy, as an earlier page load did; returns its cookie. */
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

/** The page's fetch: node's fetch has no cookie jar, so this one sends the page's cookie and origin. */
function pageFetch(cookie: string | null) {
  return (request: Request) => {
    const headers = new Headers(request.headers);
    headers.set('origin', pageOrigin);
    if (cookie !== null) headers.set('cookie', cookie);
    return fetch(new Request(request, { headers }));
  };
}

function Greeting() {
  const user = useUser();
  return <p>Hello {user?.fullname}</p>;
}

function Page({
  baseUrl,
  cookie,
  onSignIn,
}: {
  baseUrl: string;
  cookie: string | null;
  onSignIn?: () => void;
}) {
  const [client] = useState(() =>
    createProxyAuthClient({ baseUrl, fetch: pageFetch(cookie), crossTabSync: false }),
  );
  return (
    <AuthProvider client={client} {...(onSignIn === undefined ? {} : { onSignIn })}>
      <SessionLoading>
        <p>Checking your session</p>
      </SessionLoading>
      <SignedIn>
        <Greeting />
      </SignedIn>
      <SignedOut>
        <p>Please sign in</p>
      </SignedOut>
      <Protect fallback={<p>Members only</p>}>
        <p>Secret notes</p>
      </Protect>
    </AuthProvider>
  );
}

describe('given a proxy-mode AuthProvider mounting on a fresh page', () => {
  it('when the proxy holds this browser a session, it shows the signed-in interface without a flash of the sign-in one', async () => {
    const cookie = await earlierSignIn();
    const onSignIn = vi.fn();
    render(<Page baseUrl={proxyBaseUrl} cookie={cookie} onSignIn={onSignIn} />);

    expect(screen.getByText('Checking your session')).toBeTruthy();
    expect(screen.queryByText('Please sign in')).toBeNull();
    expect(screen.queryByText('Members only')).toBeNull();

    expect(await screen.findByText('Hello Max Member')).toBeTruthy();
    expect(screen.getByText('Secret notes')).toBeTruthy();
    expect(screen.queryByText('Checking your session')).toBeNull();
    expect(screen.queryByText('Please sign in')).toBeNull();
    // Finding the session again after a reload is not a new sign-in.
    expect(onSignIn).not.toHaveBeenCalled();
  });

  it('when this browser has no session, it settles on the signed-out interface', async () => {
    render(<Page baseUrl={proxyBaseUrl} cookie={null} />);
    expect(screen.getByText('Checking your session')).toBeTruthy();
    expect(await screen.findByText('Please sign in')).toBeTruthy();
    expect(screen.getByText('Members only')).toBeTruthy();
    expect(screen.queryByText('Checking your session')).toBeNull();
  });

  it('when the proxy cannot be reached, it settles on signed out instead of waiting forever', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    if (typeof address !== 'object' || address === null) throw new Error('no address');
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    render(<Page baseUrl={`http://127.0.0.1:${address.port}/api/auth`} cookie={null} />);
    expect(await screen.findByText('Please sign in')).toBeTruthy();
    expect(screen.queryByText('Checking your session')).toBeNull();
  });
});

function SessionStatus() {
  return <p>{useSession().status}</p>;
}

describe('given an AuthProvider with a baseUrl (and mode="proxy", the only mode it builds)', () => {
  it('makes its own proxy-mode client and asks that proxy who is signed in', async () => {
    proxyRequests.length = 0;
    render(
      <AuthProvider baseUrl={proxyBaseUrl} mode="proxy">
        <SessionStatus />
      </AuthProvider>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    // Node's fetch sends no Origin, so the proxy refuses it: the page still settles.
    expect(await screen.findByText('signedOut')).toBeTruthy();
    expect(proxyRequests).toEqual(['POST /api/auth/session']);
  });
});
