import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../../test-support/sign-in-as.js';
import { totpCode, wrongTotpCode } from '../../test-support/totp-code.js';
import { MfaSetup } from './mfa-setup.js';

const server = serveMockAuthFlow();

async function signedIn(account: 'member' | 'mfa') {
  const client = createTestClient();
  await signInAs(client, server.mock.seeded[account]);
  return client;
}

describe('given MfaSetup for a member without two-step verification', () => {
  it('sets it up: QR code and key, a real code, then recovery codes to acknowledge', async () => {
    const onEnabled = vi.fn();
    const client = await signedIn('member');
    const { user, container } = renderWithAuth(<MfaSetup onEnabled={onEnabled} />, { client });
    expect(screen.queryByRole('button', { name: 'Turn off two-step verification' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Set up two-step verification' }));

    const qrCode = await screen.findByRole('img', {
      name: 'QR code to add this account to your authenticator app',
    });
    expect(qrCode.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = container.querySelector('[data-af-part="secret"]')?.textContent ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    const code = screen.getByLabelText('6-digit code from the app');
    await expectNoAxeViolations(container);

    await user.type(code, wrongTotpCode(secret));
    expect((await screen.findByRole('alert')).textContent).toContain('That code is not correct.');
    await waitFor(() => expect(document.activeElement).toBe(code));
    expect((code as HTMLInputElement).value).toBe('');

    await user.type(code, totpCode(secret));
    const list = await screen.findByRole('list', { name: 'Your recovery codes' });
    expect(list.querySelectorAll('li')).toHaveLength(10);
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByText('Confirm that you saved the codes.')).toBeTruthy();
    await user.click(screen.getByLabelText('I have saved these codes'));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect((await screen.findByRole('status')).textContent).toBe('Two-step verification is on');
    expect(onEnabled).toHaveBeenCalledTimes(1);
    expect(client.session.getState().twoFactor).toBe('enabled');
    expect(screen.queryByRole('button', { name: 'Set up two-step verification' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Turn off two-step verification' })).toBeTruthy();

    const next = await createTestClient().signIn(server.mock.seeded.member);
    expect(next.type).toBe('mfa');
  });

  it('abandoning the set-up leaves two-step verification off', async () => {
    const { user } = renderWithAuth(<MfaSetup />, { client: await signedIn('member') });
    await user.click(screen.getByRole('button', { name: 'Set up two-step verification' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Set up two-step verification' })).toBeTruthy();
    expect((await createTestClient().signIn(server.mock.seeded.member)).type).toBe('session');
  });

  it('when the server fails to start the set-up, offers to try again', async () => {
    server.mock.setScenario({ name: 'server-error', routes: ['enableTwoFactor'] });
    const { user } = renderWithAuth(<MfaSetup />, { client: await signedIn('member') });
    await user.click(screen.getByRole('button', { name: 'Set up two-step verification' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong on our side.');
    server.mock.setScenario(null);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('img', { name: /QR code/ });
  });

  it('when the first code cannot reach the server, keeps it and turns 2FA on with "Try again"', async () => {
    const { user, container } = renderWithAuth(<MfaSetup />, { client: await signedIn('member') });
    await user.click(screen.getByRole('button', { name: 'Set up two-step verification' }));
    await screen.findByRole('img', { name: /QR code/ });
    const secret = (container.querySelector('[data-af-part="secret"]')?.textContent ?? '').replace(/ /g, '');
    server.mock.setScenario({ name: 'network-error', routes: ['verifyTwoFactorSetup'] });
    const code = screen.getByLabelText('6-digit code from the app') as HTMLInputElement;
    const typed = totpCode(secret);
    await user.type(code, typed);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not reach the server.');
    expect(code.value).toBe(typed);
    server.mock.setScenario(null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Your recovery codes' })).toBeTruthy();
  });
});

describe('given MfaSetup for a member with two-step verification', () => {
  it('turns it off only with the right password, then offers set-up alone', async () => {
    const onDisabled = vi.fn();
    const { user, container } = renderWithAuth(<MfaSetup onDisabled={onDisabled} />, {
      client: await signedIn('mfa'),
    });
    expect(screen.getByText(/Each sign-in asks for a code from your authenticator app/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Set up two-step verification' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Turn off two-step verification' }));
    const password = await screen.findByLabelText('Password');
    expect(document.activeElement).toBe(password);
    await user.type(password, 'NotMine123!{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Your current password is not correct.');
    expect((password as HTMLInputElement).value).toBe('');
    await expectNoAxeViolations(container);
    await user.type(password, `${server.mock.seeded.mfa.password}{Enter}`);
    await screen.findByText('Two-step verification is off.');
    expect(onDisabled).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Set up two-step verification' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Turn off two-step verification' })).toBeNull();
    expect((await createTestClient().signIn(server.mock.seeded.mfa)).type).toBe('session');

    await user.click(screen.getByRole('button', { name: 'Set up two-step verification' }));
    await screen.findByRole('img', { name: /QR code/ });
    const secret = (container.querySelector('[data-af-part="secret"]')?.textContent ?? '').replace(/ /g, '');
    await user.type(screen.getByLabelText('6-digit code from the app'), totpCode(secret));
    await user.click(await screen.findByLabelText('I have saved these codes'));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('button', { name: 'Turn off two-step verification' })).toBeTruthy();
  });
});

describe('given a status that overrides what the session knows', () => {
  it('status="unknown" offers both set-up and turning off, as for an app that cannot tell', async () => {
    renderWithAuth(<MfaSetup status="unknown" />, { client: await signedIn('member') });
    expect(screen.getByRole('button', { name: 'Set up two-step verification' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn off two-step verification' })).toBeTruthy();
  });

  it('status="enabled" offers turning off even to a session that began without a second factor', async () => {
    renderWithAuth(<MfaSetup status="enabled" />, { client: await signedIn('member') });
    expect(screen.queryByRole('button', { name: 'Set up two-step verification' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Turn off two-step verification' })).toBeTruthy();
  });
});
