import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useAuth } from '../hooks/use-auth.js';
import { useSession } from '../hooks/use-session.js';
import { useSignIn } from '../hooks/use-sign-in.js';
import { useUser } from '../hooks/use-user.js';
import { createTestClient } from '../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../test-support/serve-mock-auth-flow.js';
import { AuthProvider } from './auth-provider.js';

const server = serveMockAuthFlow();

describe('given an AuthProvider', () => {
  it('tells the app once per sign-in and once per sign-out', async () => {
    const client = createTestClient();
    const onSignIn = vi.fn();
    const onSignOut = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AuthProvider client={client} onSignIn={onSignIn} onSignOut={onSignOut}>
        {children}
      </AuthProvider>
    );
    const { result } = renderHook(() => ({ auth: useAuth(), user: useUser(), session: useSession() }), {
      wrapper,
    });
    expect(result.current.auth.status).toBe('signedOut');
    expect(result.current.user).toBeNull();

    await act(() => client.signIn(server.mock.seeded.member));
    expect(result.current.auth.status).toBe('signedIn');
    expect(result.current.user).toMatchObject({
      email: 'member@example.com',
      fullname: 'Max Member',
      role: 'user',
    });
    expect(result.current.session.expiresAt).toBeGreaterThan(Date.now());
    expect(result.current.session).not.toHaveProperty('token');
    expect(onSignIn).toHaveBeenCalledTimes(1);
    expect(onSignIn.mock.calls[0]?.[0]).toMatchObject({ user: { email: 'member@example.com' } });

    await act(() => result.current.auth.signOut());
    expect(result.current.auth.status).toBe('signedOut');
    expect(onSignOut).toHaveBeenCalledTimes(1);
    expect(server.requests).toContain('/auth/logout');
  });

  it('exposes the sign-in flow as a snapshot with verb-named actions', async () => {
    const client = createTestClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AuthProvider client={client}>{children}</AuthProvider>
    );
    const { result } = renderHook(() => useSignIn(), { wrapper });
    expect(result.current.step).toBe('password');
    await act(() => result.current.submitPassword(server.mock.seeded.mfa));
    expect(result.current.step).toBe('mfa');
    expect(result.current.mfa?.methods).toEqual(['totp', 'email', 'recovery']);
    act(() => result.current.toMethod('recovery'));
    expect(result.current.mfa?.activeMethod).toBe('recovery');
    await act(() => result.current.verifyCode('WRONG000'));
    expect(result.current.error?.code).toBe('invalid_code');
    expect(result.current.step).toBe('mfa');
    await act(() => result.current.verifyCode(server.mock.seeded.mfa.recoveryCodes[0] ?? ''));
    expect(result.current.step).toBe('signedIn');
    expect(result.current.remainingRecoveryCodes).toBe(9);
  });

  it('outside a provider, a hook explains what is missing', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<SessionStatus />)).toThrow('must be rendered inside <AuthProvider>');
    consoleError.mockRestore();
  });

  it('follows a sign-out made elsewhere (another tab, an expiry) at once', async () => {
    const client = createTestClient();
    await client.signIn(server.mock.seeded.member);
    render(
      <AuthProvider client={client}>
        <SessionStatus />
      </AuthProvider>,
    );
    expect(screen.getByText('signedIn')).toBeTruthy();
    await act(() => client.signOut());
    await waitFor(() => expect(screen.getByText('signedOut')).toBeTruthy());
  });
});

function SessionStatus() {
  return <p>{useSession().status}</p>;
}
