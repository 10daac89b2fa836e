import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { chromeOnMac, firefoxOnLinux, proxiedPagesForEachTest } from '../../test-support/proxied-page.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { totpCode } from '../../test-support/totp-code.js';
import { SessionList } from './session-list.js';

const pages = proxiedPagesForEachTest();
const window = 10 * 60_000;

async function twoPagesOf(account: { email: string; password: string }) {
  const here = pages.page(chromeOnMac);
  const there = pages.page(firefoxOnLinux);
  await here.signIn({ email: account.email, password: account.password });
  await there.signIn({ email: account.email, password: account.password });
  return { here, there };
}

describe('given the member signed in on two devices', () => {
  it('lists this device first and marked, the other with its sign-out button', async () => {
    const { here } = await twoPagesOf(pages.mock.mock.seeded.member);
    const { container } = renderWithAuth(<SessionList />, { client: here });
    const list = await screen.findByRole('list', { name: 'Devices' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Chrome on macOS');
    expect(items[0]?.textContent).toContain('This device');
    expect(items[0]?.textContent).toContain('Active now');
    expect(items[1]?.textContent).toContain('Firefox on Linux');
    expect(within(items[0] as HTMLElement).queryByRole('button')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out Firefox on Linux' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('signs the other device out, says so, and that device’s next request finds no session', async () => {
    const { here, there } = await twoPagesOf(pages.mock.mock.seeded.member);
    const { user } = renderWithAuth(<SessionList />, { client: here });
    await user.click(await screen.findByRole('button', { name: 'Sign out Firefox on Linux' }));
    expect((await screen.findByRole('status')).textContent).toBe('Firefox on Linux was signed out.');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByText('You are not signed in on any other device.')).toBeTruthy();
    await expect(there.loadSession()).resolves.toBeNull();
  });

  describe('when the last sign-in is older than the re-authentication window', () => {
    it('"Sign out of all other devices" asks for the password, then finishes', async () => {
      const { here, there } = await twoPagesOf(pages.mock.mock.seeded.member);
      const { user, container } = renderWithAuth(<SessionList />, { client: here });
      const button = await screen.findByRole('button', { name: 'Sign out of all other devices' });
      pages.advance(window + 1);
      await user.click(button);

      const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
      const password = within(dialog).getByLabelText('Password');
      await waitFor(() => expect(document.activeElement).toBe(password));
      await expectNoAxeViolations(container);
      await user.type(password, 'Wrong123!{Enter}');
      expect((await within(dialog).findByRole('alert')).textContent).toContain('not correct');
      await user.type(
        within(dialog).getByLabelText('Password'),
        `${pages.mock.mock.seeded.member.password}{Enter}`,
      );

      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect((await screen.findByRole('status')).textContent).toBe('Signed out of 1 other device.');
      await expect(there.loadSession()).resolves.toBeNull();
    });

    it('Escape closes the dialog, ends nothing and returns focus to the button', async () => {
      const { here, there } = await twoPagesOf(pages.mock.mock.seeded.member);
      const { user } = renderWithAuth(<SessionList />, { client: here });
      const button = await screen.findByRole('button', { name: 'Sign out of all other devices' });
      pages.advance(window + 1);
      await user.click(button);
      await screen.findByRole('dialog');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(button));
      expect(screen.queryByRole('alert')).toBeNull();
      await expect(there.loadSession()).resolves.not.toBeNull();
    });

    it('with two-factor sign-in on, asks for an authenticator code after the password', async () => {
      const { mfa } = pages.mock.mock.seeded;
      const here = pages.page(chromeOnMac);
      const signIn = await here.signIn({ email: mfa.email, password: mfa.password });
      if (signIn.type !== 'mfa') throw new Error('expected a second-factor challenge');
      await here.mfa.verifyRecoveryCode(signIn.challenge, mfa.recoveryCodes[0] ?? '');
      const there = pages.page(firefoxOnLinux);
      const other = await there.signIn({ email: mfa.email, password: mfa.password });
      if (other.type !== 'mfa') throw new Error('expected a second-factor challenge');
      await there.mfa.verifyRecoveryCode(other.challenge, mfa.recoveryCodes[1] ?? '');

      const { user, container } = renderWithAuth(<SessionList />, { client: here });
      const button = await screen.findByRole('button', { name: 'Sign out of all other devices' });
      pages.advance(window + 1);
      await user.click(button);
      const dialog = await screen.findByRole('dialog');
      await user.type(within(dialog).getByLabelText('Password'), `${mfa.password}{Enter}`);
      const code = await within(dialog).findByLabelText('Verification code');
      expect(within(dialog).getByText('Enter the 6-digit code from your authenticator app.')).toBeTruthy();
      await expectNoAxeViolations(container);
      await user.type(code, totpCode(mfa.totpSecret));

      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect((await screen.findByRole('status')).textContent).toBe('Signed out of 1 other device.');
    });
  });
});

describe('given a direct-mode client against AuthFlow itself', () => {
  serveMockAuthFlow();

  it('says the app keeps no device list, and offers no button', async () => {
    renderWithAuth(<SessionList />, { client: createTestClient() });
    expect(await screen.findByText('This app does not keep a list of your devices.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
