import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { ResetPassword } from './reset-password.js';

const server = serveMockAuthFlow();

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

/** Asks the mock for a reset link and returns its token, as the email would carry it. */
async function resetToken(email: string): Promise<string> {
  await createTestClient().forgotPassword({ email });
  const token = server.mock.outbox
    .messages(email)
    .find((message) => message.kind === 'reset-password')?.token;
  if (!token) throw new Error('no reset email');
  return token;
}

describe('given ResetPassword against AuthFlow', () => {
  it('reads the token from the link, checks the password live and sets it', async () => {
    const token = await resetToken('member@example.com');
    window.history.replaceState(null, '', `/reset-password?token=${token}`);
    const { user, container } = renderWithAuth(<ResetPassword signInHref="/sign-in" />);
    const password = screen.getByLabelText('New password');
    await user.type(password, 'short');
    await user.keyboard('{Enter}');
    expect(screen.getByText('Choose a password that meets every requirement below.')).toBeTruthy();
    expect(document.activeElement).toBe(password);
    await expectNoAxeViolations(container);
    await user.type(password, 'Pass1!');
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Password changed' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
    const signedIn = await createTestClient().signIn({
      email: 'member@example.com',
      password: 'shortPass1!',
    });
    expect(signedIn.type).toBe('session');
  });

  it('given a link already used, explains it expired and offers a new one', async () => {
    const token = await resetToken('member@example.com');
    await createTestClient().resetPassword({ token, newPassword: 'FirstNew123!' });
    const { user, container } = renderWithAuth(<ResetPassword token={token} forgotPasswordHref="/forgot" />);
    await user.type(screen.getByLabelText('New password'), 'SecondNew123!{Enter}');
    expect(await screen.findByRole('heading', { name: 'This link has expired' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Send me a new link' }).getAttribute('href')).toBe('/forgot');
    await expectNoAxeViolations(container);
  });

  it('given no token, says the link is incomplete', async () => {
    const { container } = renderWithAuth(<ResetPassword forgotPasswordHref="/forgot" />);
    expect(screen.getByText(/This reset link is incomplete/)).toBeTruthy();
    expect(screen.queryByLabelText('New password')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('when the network fails, keeps the password typed and retries', async () => {
    const token = await resetToken('member@example.com');
    server.mock.setScenario({ name: 'network-error' });
    const { user } = renderWithAuth(<ResetPassword token={token} />);
    await user.type(screen.getByLabelText('New password'), 'AfterOutage123!{Enter}');
    const alert = await screen.findByRole('alert');
    expect((screen.getByLabelText('New password') as HTMLInputElement).value).toBe('AfterOutage123!');
    server.mock.setScenario(null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Password changed' });
  });
});
