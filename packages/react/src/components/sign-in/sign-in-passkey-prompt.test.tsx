import type { WebAuthnSource } from '@authflow-ui/core';
import { NotAllowedError, seededAccounts } from '@authflow-ui/mocks';
import { act, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../../test-support/sign-in-as.js';
import { passkeySettings, softwareWebAuthn } from '../../test-support/software-web-authn.js';
import { spendRecoveryCodes } from '../../test-support/spend-recovery-codes.js';
import { totpCode } from '../../test-support/totp-code.js';
import { SignIn } from './sign-in.js';

const { member, mfa } = seededAccounts;

async function submitPassword(user: UserEvent, email: string, password: string) {
  await user.type(screen.getByLabelText('Email address'), email);
  await user.type(screen.getByLabelText('Password'), `${password}{Enter}`);
}

/** A person who closes the browser's passkey prompt every time. */
const closingWebAuthn: WebAuthnSource = {
  isAvailable: () => true,
  load: async () => ({
    browserSupportsWebAuthn: () => true,
    browserSupportsWebAuthnAutofill: async () => false,
    startRegistration: () => Promise.reject(new NotAllowedError('The operation was not allowed.')),
    startAuthentication: () => Promise.reject(new NotAllowedError('The operation was not allowed.')),
    cancelCeremony: () => {},
  }),
};

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

describe('given a backend serving passkeys and <SignIn promptPasskey>', () => {
  const server = serveMockAuthFlow({ passkeys: passkeySettings });

  it('after a password sign-in, offers "Add a passkey" with focus on it; adding one confirms, then finishes', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    const onSignedIn = vi.fn();
    const { user, container } = renderWithAuth(<SignIn promptPasskey onSignedIn={onSignedIn} />, { client });
    await submitPassword(user, member.email, member.password);
    const title = await screen.findByRole('heading', { name: 'Add a passkey' });
    expect(document.activeElement).toBe(title);
    expect(onSignedIn).not.toHaveBeenCalled();
    await expectNoAxeViolations(container);

    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    const continueButton = await screen.findByRole('button', { name: 'Continue' });
    expect(status.textContent).toBe('Passkey 1 was added.');
    expect(document.activeElement).toBe(continueButton);
    expect(onSignedIn).not.toHaveBeenCalled();

    await user.click(continueButton);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ user: { email: member.email } });
    expect((await client.passkeys.list()).map((passkey) => passkey.name)).toEqual(['Passkey 1']);
  });

  it('"Not now" finishes the sign-in without adding anything', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    const onSignedIn = vi.fn();
    const { user } = renderWithAuth(<SignIn promptPasskey onSignedIn={onSignedIn} />, { client });
    await submitPassword(user, member.email, member.password);
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: 'Add a passkey' })).toBeNull();
    await screen.findByText('You are signed in.');
    expect(await client.passkeys.list()).toEqual([]);
  });

  it('comes after the second factor of a 2FA account', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    const { user } = renderWithAuth(<SignIn promptPasskey />, { client });
    await submitPassword(user, mfa.email, mfa.password);
    await user.type(await screen.findByLabelText('6-digit code'), totpCode(mfa.totpSecret));
    await screen.findByRole('heading', { name: 'Add a passkey' });
  });

  it('after a recovery-code sign-in that left few codes, the notice comes first, then the prompt', async () => {
    await spendRecoveryCodes(createTestClient(), mfa, 7);
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    const onSignedIn = vi.fn();
    const { user } = renderWithAuth(<SignIn promptPasskey onSignedIn={onSignedIn} />, { client });
    await submitPassword(user, mfa.email, mfa.password);
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    await user.type(screen.getByLabelText('Recovery code'), `${mfa.recoveryCodes[7]}{Enter}`);
    await screen.findByText('You are running low on recovery codes');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Add a passkey' });
    expect(onSignedIn).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('a closed browser prompt leaves the offer as it was, with no error', async () => {
    const client = createTestClient({ webAuthn: closingWebAuthn });
    const { user } = renderWithAuth(<SignIn promptPasskey />, { client });
    await submitPassword(user, member.email, member.password);
    await user.click(await screen.findByRole('button', { name: 'Add a passkey' }));
    await settle();
    expect(screen.getByRole('button', { name: 'Add a passkey' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a refusal, and "Not now" still moves on', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    const onSignedIn = vi.fn();
    const { user } = renderWithAuth(<SignIn promptPasskey onSignedIn={onSignedIn} />, { client });
    await submitPassword(user, member.email, member.password);
    const add = await screen.findByRole('button', { name: 'Add a passkey' });
    server.mock.setScenario({ name: 'passkey-exists' });
    await user.click(add);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This device already holds a passkey for your account.');
    expect(document.activeElement).toBe(alert);
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('does not prompt an account that already has a passkey', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    await act(async () => {
      await signInAs(client, member);
      await client.passkeys.register({ name: 'Laptop' });
      await client.signOut();
    });
    const onSignedIn = vi.fn();
    const { user } = renderWithAuth(<SignIn promptPasskey onSignedIn={onSignedIn} />, { client });
    await submitPassword(user, member.email, member.password);
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('heading', { name: 'Add a passkey' })).toBeNull();
  });

  it('does not prompt after a passkey sign-in, nor read the passkey list for it', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    await act(async () => {
      await signInAs(client, member);
      await client.passkeys.register({ name: 'Laptop' });
      await client.signOut();
    });
    server.requests.length = 0;
    const onSignedIn = vi.fn();
    const { user } = renderWithAuth(<SignIn promptPasskey onSignedIn={onSignedIn} />, { client });
    await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('heading', { name: 'Add a passkey' })).toBeNull();
    expect(server.requests).not.toContain('/auth/passkeys/list');
  });

  it('without promptPasskey, finishes at once and reads no passkey list', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    const onSignedIn = vi.fn();
    const { user } = renderWithAuth(<SignIn onSignedIn={onSignedIn} />, { client });
    await submitPassword(user, member.email, member.password);
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    await settle();
    expect(screen.queryByRole('heading', { name: 'Add a passkey' })).toBeNull();
    expect(server.requests).not.toContain('/auth/passkeys/list');
  });
});

describe('given the passkey button with an email typed', () => {
  const server = serveMockAuthFlow({ passkeys: passkeySettings });

  it('asks for that account’s passkeys only, so another account’s passkey is refused', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    await act(async () => {
      await signInAs(client, member);
      await client.passkeys.register({ name: 'Laptop' });
      await client.signOut();
    });
    const { user } = renderWithAuth(<SignIn />, { client });
    await user.type(screen.getByLabelText('Email address'), seededAccounts.owner.email);
    await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That passkey was not accepted.');
    expect(client.session.getState().status).toBe('signedOut');
    expect(server.requests).toContain('/auth/passkeys/login/verify');
  });
});

describe('given plain AuthFlow and <SignIn promptPasskey>', () => {
  const server = serveMockAuthFlow();

  it('finishes the sign-in with no prompt and requests no passkey route', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    const onSignedIn = vi.fn();
    const { user } = renderWithAuth(<SignIn promptPasskey onSignedIn={onSignedIn} />, { client });
    await submitPassword(user, member.email, member.password);
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('heading', { name: 'Add a passkey' })).toBeNull();
    expect(server.requests.filter((path) => path.includes('passkeys'))).toEqual([]);
  });
});
