import { screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { VerifyEmail } from './verify-email.js';

const server = serveMockAuthFlow();

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

/** Signs a new person up, which makes the mock email them a verification link; returns its token. */
async function verificationToken(email: string): Promise<string> {
  await createTestClient().signUp({ email, password: 'NoraPass123!', fullname: 'Nora New' });
  const token = server.mock.outbox.messages(email).find((message) => message.kind === 'verify-email')?.token;
  if (!token) throw new Error('no verification email');
  return token;
}

describe('given VerifyEmail against AuthFlow', () => {
  it('verifies the token from the link exactly once, even in StrictMode', async () => {
    const token = await verificationToken('nora@example.com');
    window.history.replaceState(null, '', `/verify-email?token=${token}`);
    const onVerified = vi.fn();
    const { container } = renderWithAuth(
      <StrictMode>
        <VerifyEmail continueHref="/home" onVerified={onVerified} />
      </StrictMode>,
    );
    const heading = await screen.findByRole('heading', { name: 'Email address verified' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByRole('link', { name: 'Continue' }).getAttribute('href')).toBe('/home');
    expect(server.requests.filter((path) => path === '/auth/verify-email')).toHaveLength(1);
    expect(onVerified).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('given a used link, explains it expired and sends a new one', async () => {
    const token = await verificationToken('nora@example.com');
    await createTestClient().verifyEmail({ token });
    const { user, container } = renderWithAuth(<VerifyEmail token={token} />);
    await screen.findByRole('heading', { name: 'This link has expired' });
    await expectNoAxeViolations(container);
    await user.type(screen.getByLabelText('Email address'), 'nora@example.com{Enter}');
    expect((await screen.findByText(/a new link is on its way/)).textContent).toBe(
      'If nora@example.com still needs verifying, a new link is on its way.',
    );
  });

  it('given a link without a token, offers to send a new one', async () => {
    await verificationToken('nora@example.com');
    const { user } = renderWithAuth(<VerifyEmail />);
    expect(screen.getByText(/This verification link is incomplete/)).toBeTruthy();
    await user.type(screen.getByLabelText('Email address'), 'nora@example.com{Enter}');
    await screen.findByText(/a new link is on its way/);
    expect(
      server.mock.outbox.messages('nora@example.com').filter((m) => m.kind === 'verify-email'),
    ).toHaveLength(2);
  });

  it('when the network fails, offers to try again', async () => {
    const token = await verificationToken('nora@example.com');
    server.mock.setScenario({ name: 'network-error' });
    const { user } = renderWithAuth(<VerifyEmail token={token} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not reach the server.');
    server.mock.setScenario(null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Email address verified' });
  });
});
