import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../../test-support/sign-in-as.js';
import { passkeySettings, softwareWebAuthn } from '../../test-support/software-web-authn.js';
import { SignedIn } from '../control/signed-in.js';
import { SignedOut } from '../control/signed-out.js';
import { SignIn } from './sign-in.js';

const member = { email: 'member@example.com', password: 'MemberPass123!' };

describe('given a backend serving passkeys', () => {
  const server = serveMockAuthFlow({ passkeys: passkeySettings });

  /** A browser whose authenticator already holds a passkey of the member. */
  async function browserWithPasskey(options: { autofill?: boolean } = {}) {
    const webAuthn = softwareWebAuthn(undefined, options);
    const client = createTestClient({ webAuthn });
    await act(async () => {
      await signInAs(client, member);
      await client.passkeys.register({ name: 'Laptop' });
      await client.signOut();
    });
    return { client, webAuthn };
  }

  it('signs in with "Sign in with a passkey", with no second step', async () => {
    const { client } = await browserWithPasskey();
    const onSignedIn = vi.fn();
    const { user, container } = renderWithAuth(
      <>
        <SignedOut>
          <SignIn onSignedIn={onSignedIn} />
        </SignedOut>
        <SignedIn>
          <p>Welcome in</p>
        </SignedIn>
      </>,
      { client },
    );
    const button = await screen.findByRole('button', { name: 'Sign in with a passkey' });
    expect(screen.getByLabelText('Email address').getAttribute('autocomplete')).toBe('username');
    await expectNoAxeViolations(container);
    await user.click(button);
    await screen.findByText('Welcome in');
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ user: { email: member.email } });
  });

  it('offers passkeys in the email field’s autofill and signs in from there', async () => {
    const { client } = await browserWithPasskey({ autofill: true });
    renderWithAuth(
      <>
        <SignedOut>
          <SignIn />
        </SignedOut>
        <SignedIn>
          <p>Welcome in</p>
        </SignedIn>
      </>,
      { client },
    );
    // The software authenticator answers the waiting autofill request at once, as a person picking it would.
    await screen.findByText('Welcome in');
  });

  it('shows nothing when the person dismisses the prompt', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    const { user } = renderWithAuth(<SignIn />, { client });
    await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));
    await screen.findByRole('button', { name: 'Sign in with a passkey' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(client.session.getState().status).toBe('signedOut');
  });

  it('explains a refusal by the backend and stays signed out', async () => {
    const { client } = await browserWithPasskey();
    server.mock.setScenario({ name: 'passkey-rejected' });
    const { user } = renderWithAuth(<SignIn />, { client });
    await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That passkey was not accepted.');
    expect(client.session.getState().status).toBe('signedOut');
  });

  it('offers no passkeys in a browser without WebAuthn, and asks the backend nothing', async () => {
    renderWithAuth(<SignIn />);
    await screen.findByRole('button', { name: 'Sign in' });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).toBeNull();
    expect(server.requests).toEqual([]);
  });
});

describe('given plain AuthFlow', () => {
  const server = serveMockAuthFlow();

  it('shows no passkey control and requests no passkey route', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    renderWithAuth(<SignIn />, { client });
    await act(() => client.capabilities());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).toBeNull();
    expect(server.requests.filter((path) => path.includes('passkeys'))).toEqual([]);
    expect(server.requests).toEqual(['/']);
  });
});
