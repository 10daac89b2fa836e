import { createServer } from 'node:http';
import { type AuthClient, createProxyAuthClient } from '@authflow-ui/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Protect } from '../components/control/protect.js';
import { SessionLoading } from '../components/control/session-loading.js';
import { SignedIn } from '../components/control/signed-in.js';
import { SignedOut } from '../components/control/signed-out.js';
import { useSession } from '../hooks/use-session.js';
import { useUser } from '../hooks/use-user.js';
import { proxiedPagesForEachTest } from '../test-support/proxied-page.js';
import { AuthProvider } from './auth-provider.js';

/*
 * A reload in proxy mode: the session lives in the proxy's HttpOnly cookie, which page code cannot
 * read, so the provider must ask the real proxy (in front of the real mock) before it shows
 * either the signed-in or the signed-out interface.
 */

const pages = proxiedPagesForEachTest();

/** Signs the member in through the proxy, as an earlier page load did, and reloads the page. */
async function reloadedAfterSignIn(): Promise<AuthClient> {
  const earlier = pages.page();
  const { email, password } = pages.mock.mock.seeded.member;
  await earlier.signIn({ email, password });
  return pages.reload(earlier);
}

function Greeting() {
  const user = useUser();
  return <p>Hello {user?.fullname}</p>;
}

function Page({ client, onSignIn }: { client: AuthClient; onSignIn?: () => void }) {
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
    const client = await reloadedAfterSignIn();
    const onSignIn = vi.fn();
    render(<Page client={client} onSignIn={onSignIn} />);

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
    render(<Page client={pages.page()} />);
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

    const unreachable = createProxyAuthClient({
      baseUrl: `http://127.0.0.1:${address.port}/api/auth`,
      crossTabSync: false,
    });
    render(<Page client={unreachable} />);
    expect(await screen.findByText('Please sign in')).toBeTruthy();
    expect(screen.queryByText('Checking your session')).toBeNull();
  });
});

function SessionStatus() {
  return <p>{useSession().status}</p>;
}

describe('given an AuthProvider with a baseUrl (and mode="proxy", the only mode it builds)', () => {
  it('makes its own proxy-mode client and asks that proxy who is signed in', async () => {
    render(
      <AuthProvider baseUrl={pages.baseUrl} mode="proxy">
        <SessionStatus />
      </AuthProvider>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    // Node's fetch sends no Origin, so the proxy refuses it: the page still settles.
    expect(await screen.findByText('signedOut')).toBeTruthy();
    expect(pages.requests).toEqual(['POST /api/auth/session']);
  });
});
