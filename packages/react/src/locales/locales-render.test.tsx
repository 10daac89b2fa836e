/*
 * Every screen in every shipped language: rendered through its main states, nothing a person
 * reads or hears may still be American English, and each screen's root carries the language
 * and direction. Right-to-left languages also pass axe.
 */

import type { AuthLocalization } from '@authflow-ui/ui';
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ChangePassword } from '../components/change-password/change-password.js';
import { ForgotPassword } from '../components/forgot-password/forgot-password.js';
import { MfaSetup } from '../components/mfa-setup/mfa-setup.js';
import { RecoveryCodes } from '../components/recovery-codes/recovery-codes.js';
import { ResetPassword } from '../components/reset-password/reset-password.js';
import { SignIn } from '../components/sign-in/sign-in.js';
import { SignUp } from '../components/sign-up/sign-up.js';
import { UserButton } from '../components/user-button/user-button.js';
import { VerifyEmail } from '../components/verify-email/verify-email.js';
import { englishLeftovers } from '../test-support/english-leftovers.js';
import { expectTranslated } from '../test-support/expect-translated.js';
import { translatedPacks } from '../test-support/locale-packs.js';
import { createTestClient, renderWithAuth } from '../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../test-support/sign-in-as.js';
import { spendRecoveryCodes } from '../test-support/spend-recovery-codes.js';
import { deDE } from './de-de.js';

const server = serveMockAuthFlow();

function renderIn(
  pack: AuthLocalization,
  ui: ReactElement,
  signedIn?: Awaited<ReturnType<typeof signedInClient>>,
) {
  return renderWithAuth(ui, {
    providerProps: { localization: pack },
    ...(signedIn ? { client: signedIn } : {}),
  });
}

async function signedInClient(account: 'member' | 'mfa') {
  const client = createTestClient();
  await signInAs(client, server.mock.seeded[account]);
  return client;
}

async function submitPassword(user: UserEvent, pack: AuthLocalization, email: string, password: string) {
  await user.type(screen.getByLabelText(pack.fields.emailLabel), email);
  await user.type(screen.getByLabelText(pack.fields.passwordLabel), `${password}{Enter}`);
}

describe('given the scanner for English leftovers', () => {
  it('finds them on a screen left in English', () => {
    renderWithAuth(<SignIn />);
    expect(englishLeftovers(document.body, deDE)).toEqual(
      expect.arrayContaining(['Sign in', 'Welcome back. Sign in to continue.', 'Show password']),
    );
  });
});

describe.each(translatedPacks.map((pack) => [pack.locale.tag, pack] as const))('in %s', (_tag, pack) => {
  it('SignIn: empty fields, a wrong password, the password toggle', async () => {
    const { user } = renderIn(pack, <SignIn />);
    await user.click(screen.getByRole('button', { name: pack.signIn.submit }));
    await screen.findByText(pack.fields.emailRequired);
    await user.click(screen.getByRole('button', { name: pack.common.showPassword }));
    await expectTranslated(pack);
    await submitPassword(user, pack, server.mock.seeded.member.email, 'NotMine123!');
    await screen.findByText(pack.signIn.invalidCredentials);
    await expectTranslated(pack);
  });

  it('SignIn: a rate limit counts down and a network failure offers a retry', async () => {
    server.mock.setScenario({ name: 'rate-limited', retryAfter: 30, routes: ['login'] });
    const { user, unmount } = renderIn(pack, <SignIn />);
    await submitPassword(user, pack, server.mock.seeded.member.email, server.mock.seeded.member.password);
    await screen.findByRole('timer');
    expect(screen.getByRole('timer').textContent).toContain(
      pack.common.rateLimitedCountdown({ seconds: 30 }),
    );
    await expectTranslated(pack);
    unmount();
    server.mock.setScenario({ name: 'network-error' });
    const again = renderIn(pack, <SignIn />);
    await submitPassword(
      again.user,
      pack,
      server.mock.seeded.member.email,
      server.mock.seeded.member.password,
    );
    await screen.findByRole('button', { name: pack.common.retry });
    await expectTranslated(pack);
  });

  it('MfaChallenge: the authenticator, the emailed code and a recovery code', async () => {
    const { user } = renderIn(pack, <SignIn />);
    await submitPassword(user, pack, server.mock.seeded.mfa.email, server.mock.seeded.mfa.password);
    await screen.findByRole('heading', { name: pack.mfaChallenge.totpTitle });
    await expectTranslated(pack);
    await user.click(screen.getByRole('button', { name: pack.mfaChallenge.useEmail }));
    await screen.findByRole('heading', { name: pack.mfaChallenge.emailTitle });
    const countdowns = Array.from({ length: 31 }, (_, seconds) => pack.mfaChallenge.resendIn({ seconds }));
    await screen.findByRole('button', { name: (name) => countdowns.includes(name) });
    await expectTranslated(pack);
    await user.click(screen.getByRole('button', { name: pack.mfaChallenge.useRecovery }));
    await screen.findByRole('heading', { name: pack.mfaChallenge.recoveryTitle });
    await user.click(screen.getByRole('button', { name: pack.mfaChallenge.submit }));
    await screen.findByText(pack.mfaChallenge.recoveryCodeRequired);
    await expectTranslated(pack);
  });

  it('SignIn with few recovery codes left: the notice and the user menu warn', async () => {
    const seeded = server.mock.seeded.mfa;
    await spendRecoveryCodes(createTestClient(), seeded, 7);
    const { user } = renderIn(
      pack,
      <>
        <SignIn />
        <UserButton />
      </>,
    );
    await submitPassword(user, pack, seeded.email, seeded.password);
    await user.click(await screen.findByRole('button', { name: pack.mfaChallenge.useRecovery }));
    await user.type(
      screen.getByLabelText(pack.mfaChallenge.recoveryCodeLabel),
      `${seeded.recoveryCodes[7]}{Enter}`,
    );
    await screen.findByText(pack.mfaChallenge.lowCodesTitle);
    await expectTranslated(pack);
    await user.click(screen.getByRole('button', { name: pack.common.continue }));
    await user.click(
      screen.getByRole('button', { name: pack.userButton.openMenu({ name: seeded.fullname }) }),
    );
    await user.click(screen.getByRole('menuitem', { name: pack.userButton.lowCodes({ remaining: 2 }) }));
    await screen.findByText(pack.recoveryCodes.remaining({ remaining: 2 }));
    await expectTranslated(pack);
  });

  it('SignUp: the password checklist and every missing field', async () => {
    const { user } = renderIn(pack, <SignUp requireConsent />);
    await user.type(screen.getByLabelText(pack.fields.passwordLabel), 'abc');
    await user.click(screen.getByRole('button', { name: pack.signUp.submit }));
    await screen.findByText(pack.fields.fullNameRequired);
    await expectTranslated(pack);
  });

  it('ForgotPassword: the request and the email sent', async () => {
    const { user } = renderIn(pack, <ForgotPassword />);
    await expectTranslated(pack);
    await user.type(
      screen.getByLabelText(pack.fields.emailLabel),
      `${server.mock.seeded.member.email}{Enter}`,
    );
    await screen.findByRole('heading', { name: pack.forgotPassword.sentTitle });
    await expectTranslated(pack);
  });

  it('ResetPassword: a link without its token, and the new password form', async () => {
    const { unmount } = renderIn(pack, <ResetPassword />);
    await screen.findByText(pack.resetPassword.missingToken, { exact: false });
    await expectTranslated(pack);
    unmount();
    renderIn(pack, <ResetPassword token="a-token-from-the-email" />);
    await screen.findByRole('heading', { name: pack.resetPassword.title });
    await expectTranslated(pack);
  });

  it('VerifyEmail: a link without its token', async () => {
    renderIn(pack, <VerifyEmail />);
    await screen.findByText(pack.verifyEmail.missingToken, { exact: false });
    await expectTranslated(pack);
  });

  it('ChangePassword: empty fields', async () => {
    const { user } = renderIn(pack, <ChangePassword />, await signedInClient('member'));
    await user.click(screen.getByRole('button', { name: pack.changePassword.submit }));
    await screen.findAllByText(pack.fields.passwordRequired);
    await expectTranslated(pack);
  });

  it('MfaSetup: the introduction and the QR code step', async () => {
    const { user } = renderIn(pack, <MfaSetup status="disabled" />, await signedInClient('member'));
    await expectTranslated(pack);
    await user.click(screen.getByRole('button', { name: pack.mfaSetup.start }));
    await screen.findByRole('img', { name: pack.mfaSetup.qrCodeAlt });
    await expectTranslated(pack);
  });

  it('MfaSetup: on, for a member who turned it on', async () => {
    renderIn(pack, <MfaSetup />, await signedInClient('mfa'));
    await screen.findByText(pack.mfaSetup.enabledIntro);
    await expectTranslated(pack);
  });

  it('RecoveryCodes: a member without two-step verification is sent to set it up', async () => {
    renderIn(pack, <RecoveryCodes />, await signedInClient('member'));
    await screen.findByText(pack.recoveryCodes.needsTwoFactor);
    await expectTranslated(pack);
  });

  it('RecoveryCodes: the password prompt and the new codes', async () => {
    const { user } = renderIn(pack, <RecoveryCodes />, await signedInClient('mfa'));
    await expectTranslated(pack);
    await user.type(
      screen.getByLabelText(pack.fields.passwordLabel),
      `${server.mock.seeded.mfa.password}{Enter}`,
    );
    await screen.findByRole('list', { name: pack.recoveryCodes.listLabel });
    await expectTranslated(pack);
  });

  it('UserButton: the open menu', async () => {
    const { user } = renderIn(pack, <UserButton />, await signedInClient('member'));
    await user.click(
      screen.getByRole('button', {
        name: pack.userButton.openMenu({ name: server.mock.seeded.member.fullname }),
      }),
    );
    await screen.findByRole('menuitem', { name: pack.userButton.signOut });
    await expectTranslated(pack);
  });

  it('UserButton: the menu of a member with two-step verification offers the recovery codes', async () => {
    const { user } = renderIn(pack, <UserButton />, await signedInClient('mfa'));
    await user.click(
      screen.getByRole('button', {
        name: pack.userButton.openMenu({ name: server.mock.seeded.mfa.fullname }),
      }),
    );
    await screen.findByRole('menuitem', { name: pack.userButton.recoveryCodes });
    await expectTranslated(pack);
  });
});
