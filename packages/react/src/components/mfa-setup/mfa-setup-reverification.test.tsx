import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { chromeOnMac, proxiedPagesForEachTest } from '../../test-support/proxied-page.js';
import { renderWithAuth } from '../../test-support/render-with-auth.js';
import { totpCode } from '../../test-support/totp-code.js';
import { MfaSetup } from './mfa-setup.js';

const pages = proxiedPagesForEachTest();
const window = 10 * 60_000;

async function signedInLongAgo() {
  const { mfa } = pages.mock.mock.seeded;
  const page = pages.page(chromeOnMac);
  const signIn = await page.signIn({ email: mfa.email, password: mfa.password });
  if (signIn.type !== 'mfa') throw new Error('expected a second-factor challenge');
  await page.mfa.verifyRecoveryCode(signIn.challenge, mfa.recoveryCodes[0] ?? '');
  return page;
}

describe('given MfaSetup behind the proxy, signed in longer ago than the re-authentication window', () => {
  it('turning two-step verification off asks who it is first, then finishes with the same password', async () => {
    const { mfa } = pages.mock.mock.seeded;
    const page = await signedInLongAgo();
    const { user, container } = renderWithAuth(<MfaSetup />, { client: page });
    pages.advance(window + 1);
    await user.click(await screen.findByRole('button', { name: 'Turn off two-step verification' }));
    await user.type(await screen.findByLabelText('Password'), `${mfa.password}{Enter}`);

    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    await user.type(within(dialog).getByLabelText('Password'), `${mfa.password}{Enter}`);
    const code = await within(dialog).findByLabelText('Verification code');
    await expectNoAxeViolations(container);
    await user.type(code, totpCode(mfa.totpSecret));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await screen.findByText('Two-step verification is off.');
    expect(screen.getByRole('button', { name: 'Set up two-step verification' })).toBeTruthy();
  });

  it('closing the dialog leaves two-step verification on and the password field ready again', async () => {
    const { mfa } = pages.mock.mock.seeded;
    const page = await signedInLongAgo();
    const { user } = renderWithAuth(<MfaSetup />, { client: page });
    pages.advance(window + 1);
    await user.click(await screen.findByRole('button', { name: 'Turn off two-step verification' }));
    await user.type(await screen.findByLabelText('Password'), `${mfa.password}{Enter}`);
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('Two-step verification is off.')).toBeNull();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    const session = await page.loadSession();
    expect(session?.twoFactor).toBe('enabled');
  });
});
