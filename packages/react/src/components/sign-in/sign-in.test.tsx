import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { spendRecoveryCodes } from '../../test-support/spend-recovery-codes.js';
import { totpCode } from '../../test-support/totp-code.js';
import { SignedIn } from '../control/signed-in.js';
import { SignedOut } from '../control/signed-out.js';
import { SignIn } from './sign-in.js';

const server = serveMockAuthFlow();
const totpSecret = 'JBSWY3DPEHPK3PXP';
const totp = () => totpCode(totpSecret);

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

async function submitPassword(
  user: ReturnType<typeof renderWithAuth>['user'],
  email: string,
  password: string,
): Promise<void> {
  await user.type(screen.getByLabelText('Email address'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('given SignIn against AuthFlow', () => {
  describe('when a member signs in with the right password', () => {
    it('signs in, tells the app and follows a safe redirect', async () => {
      const navigate = vi.fn();
      const onSignedIn = vi.fn();
      const { user } = renderWithAuth(
        <>
          <SignedOut>
            <SignIn redirectTo="/dashboard" navigate={navigate} onSignedIn={onSignedIn} />
          </SignedOut>
          <SignedIn>
            <p>Welcome in</p>
          </SignedIn>
        </>,
      );
      await submitPassword(user, 'member@example.com', 'MemberPass123!');
      await screen.findByText('Welcome in');
      expect(onSignedIn).toHaveBeenCalledTimes(1);
      expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({
        user: { email: 'member@example.com', fullname: 'Max Member' },
        redirectTo: '/dashboard',
      });
      expect(navigate).toHaveBeenCalledWith('/dashboard');
    });

    it('reads a safe ?redirect_url= and ignores an unsafe one', async () => {
      window.history.replaceState(null, '', '/sign-in?redirect_url=%2Forders%3Fpage%3D2');
      const navigate = vi.fn();
      const first = renderWithAuth(<SignIn navigate={navigate} />);
      await submitPassword(first.user, 'member@example.com', 'MemberPass123!');
      await waitFor(() => expect(navigate).toHaveBeenCalledWith('/orders?page=2'));
      first.unmount();

      window.history.replaceState(null, '', '/sign-in?redirect_url=%2F%2Fevil.example');
      const unsafeNavigate = vi.fn();
      const second = renderWithAuth(<SignIn navigate={unsafeNavigate} />);
      await submitPassword(second.user, 'member@example.com', 'MemberPass123!');
      await screen.findByText('You are signed in.');
      expect(unsafeNavigate).not.toHaveBeenCalled();
    });

    it('sends one request however often the form is submitted', async () => {
      const { user } = renderWithAuth(<SignIn />);
      await user.type(screen.getByLabelText('Email address'), 'member@example.com');
      await user.type(screen.getByLabelText('Password'), 'MemberPass123!');
      const button = screen.getByRole('button', { name: 'Sign in' });
      await user.keyboard('{Enter}');
      await user.click(button);
      await user.dblClick(button);
      await screen.findByText('You are signed in.');
      expect(server.requests.filter((path) => path === '/auth/login')).toHaveLength(1);
    });
  });

  describe('when the password is wrong or the account unknown', () => {
    it('says the same for both, clears only the password and focuses it', async () => {
      const { user, container } = renderWithAuth(<SignIn />);
      await submitPassword(user, 'member@example.com', 'WrongPass123!');
      const alert = await screen.findByRole('alert');
      const wrongPasswordText = alert.textContent;
      expect(wrongPasswordText).toContain('The email address or password is not correct.');
      const password = screen.getByLabelText('Password') as HTMLInputElement;
      expect(password.value).toBe('');
      expect(document.activeElement).toBe(password);
      expect(password.getAttribute('aria-invalid')).toBe('true');
      expect(password.getAttribute('aria-describedby')).toContain(alert.id);
      expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe('member@example.com');
      await expectNoAxeViolations(container);

      await user.clear(screen.getByLabelText('Email address'));
      await submitPassword(user, 'nobody@example.com', 'Whatever123!');
      await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(wrongPasswordText));
    });
  });

  describe('when AuthFlow rate-limits', () => {
    it('counts down, keeps submit disabled until the end, then lets the person try again', async () => {
      server.mock.setScenario({ name: 'rate-limited', retryAfter: 2, routes: ['login'] });
      const { user } = renderWithAuth(<SignIn />);
      await submitPassword(user, 'member@example.com', 'MemberPass123!');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('Too many attempts.');
      const timer = await within(alert).findByRole('timer');
      expect(timer.textContent).toMatch(/You can try again in [12] seconds?\./);
      const submit = screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
      expect(submit.disabled).toBe(true);
      expect(submit.getAttribute('data-state')).toBe('cooldown');
      expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('MemberPass123!');
      server.mock.setScenario(null);
      await waitFor(() => expect(submit.disabled).toBe(false));
      expect(server.requests.filter((path) => path === '/auth/login')).toHaveLength(1);
      await user.click(submit);
      await screen.findByText('You are signed in.');
    });
  });

  describe.each([
    ['server-error', 'Something went wrong on our side. Try again in a moment.'],
    ['network-error', 'We could not reach the server. Check your connection and try again.'],
    ['malformed-json', 'The server sent an answer we could not read. Try again in a moment.'],
    ['bad-gateway-html', 'Something went wrong on our side. Try again in a moment.'],
  ] as const)('when AuthFlow fails with %s', (scenario, message) => {
    it('explains it, keeps what was typed and retries on request', async () => {
      server.mock.setScenario({ name: scenario });
      const { user, container } = renderWithAuth(<SignIn />);
      await submitPassword(user, 'member@example.com', 'MemberPass123!');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(message);
      expect(document.activeElement).toBe(alert);
      expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('MemberPass123!');
      await expectNoAxeViolations(container);
      server.mock.setScenario(null);
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      await screen.findByText('You are signed in.');
    });
  });

  describe('when the account has two-step verification', () => {
    it('continues in place to the code, which submits itself once complete', async () => {
      const onSignedIn = vi.fn();
      const { user, container } = renderWithAuth(<SignIn onSignedIn={onSignedIn} />);
      await submitPassword(user, 'mfa@example.com', 'MfaPass123!');
      const code = await screen.findByLabelText('6-digit code');
      expect(screen.getByRole('heading', { name: 'Two-step verification' })).toBeTruthy();
      expect(document.activeElement).toBe(code);
      expect(code.getAttribute('inputmode')).toBe('numeric');
      expect(code.getAttribute('autocomplete')).toBe('one-time-code');
      await expectNoAxeViolations(container);
      await user.type(code, totp());
      await screen.findByText('You are signed in.');
      expect(onSignedIn).toHaveBeenCalledTimes(1);
      expect(server.requests.filter((path) => path === '/auth/2fa/verify-2fa')).toHaveLength(1);
    });

    it('accepts a pasted code with spaces or dashes', async () => {
      const { user } = renderWithAuth(<SignIn />);
      await submitPassword(user, 'mfa@example.com', 'MfaPass123!');
      const code = await screen.findByLabelText('6-digit code');
      const digits = totp();
      await user.click(code);
      await user.paste(`${digits.slice(0, 3)} - ${digits.slice(3)}`);
      await screen.findByText('You are signed in.');
    });

    it('after a wrong code, says so, empties the field and keeps focus there', async () => {
      const { user, container } = renderWithAuth(<SignIn />);
      await submitPassword(user, 'mfa@example.com', 'MfaPass123!');
      const code = await screen.findByLabelText('6-digit code');
      const wrong = totp() === '000000' ? '111111' : '000000';
      await user.type(code, wrong);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('That code is not correct.');
      expect((code as HTMLInputElement).value).toBe('');
      expect(document.activeElement).toBe(code);
      expect(code.getAttribute('aria-describedby')).toContain(alert.id);
      await expectNoAxeViolations(container);
      await user.type(code, totp());
      await screen.findByText('You are signed in.');
    });

    it('emails a code instead, paces re-sending, and signs in with it', async () => {
      const { user } = renderWithAuth(<SignIn />);
      await submitPassword(user, 'mfa@example.com', 'MfaPass123!');
      await user.click(await screen.findByRole('button', { name: 'Email me a code instead' }));
      await screen.findByRole('heading', { name: 'Check your email' });
      expect(screen.getByText('We sent a 6-digit code to mfa@example.com.')).toBeTruthy();
      const resend = screen.getByRole('button', { name: /Send a new code in \d+ s/ }) as HTMLButtonElement;
      expect(resend.disabled).toBe(true);
      const message = server.mock.outbox
        .messages('mfa@example.com')
        .find((sent) => sent.kind === 'email-otp');
      expect(message?.code).toMatch(/^\d{6}$/);
      await user.type(screen.getByLabelText('6-digit code'), message?.code ?? '');
      await screen.findByText('You are signed in.');
    });

    it('signs in with a recovery code, switching methods by keyboard', async () => {
      const { user } = renderWithAuth(<SignIn />);
      await submitPassword(user, 'mfa@example.com', 'MfaPass123!');
      await screen.findByLabelText('6-digit code');
      const useRecovery = screen.getByRole('button', { name: 'Use a recovery code' });
      useRecovery.focus();
      await user.keyboard('{Enter}');
      const field = await screen.findByLabelText('Recovery code');
      expect(document.activeElement).toBe(field);
      await user.keyboard(`${server.mock.seeded.mfa.recoveryCodes[0]}{Enter}`);
      await screen.findByText('You are signed in.');
    });

    it('when the challenge expires, it returns to the password with the email kept', async () => {
      const { user } = renderWithAuth(<SignIn />);
      await submitPassword(user, 'mfa@example.com', 'MfaPass123!');
      const code = await screen.findByLabelText('6-digit code');
      server.mock.setScenario({ name: 'expired-temp-token' });
      await user.type(code, totp());
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('Your sign-in timed out. Enter your password again.');
      expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe('mfa@example.com');
      expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    });

    it('goes back to the password step on request', async () => {
      const { user } = renderWithAuth(<SignIn />);
      await submitPassword(user, 'mfa@example.com', 'MfaPass123!');
      await user.click(await screen.findByRole('button', { name: 'Back to sign in' }));
      expect((screen.getByLabelText('Email address') as HTMLInputElement).value).toBe('mfa@example.com');
    });
  });

  describe('when a recovery-code sign-in leaves few codes', () => {
    it('warns before moving on and links to new codes', async () => {
      const seeded = server.mock.seeded.mfa;
      await spendRecoveryCodes(createTestClient(), seeded, 7);
      const navigate = vi.fn();
      const { user } = renderWithAuth(
        <SignIn redirectTo="/home" navigate={navigate} recoveryCodesHref="/settings/recovery-codes" />,
      );
      await submitPassword(user, seeded.email, seeded.password);
      await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
      await user.type(screen.getByLabelText('Recovery code'), `${seeded.recoveryCodes[7]}{Enter}`);
      await screen.findByRole('heading', { name: 'You are running low on recovery codes' });
      expect(screen.getByText(/You have 2 recovery codes left\./)).toBeTruthy();
      expect(screen.getByRole('link', { name: 'Create new recovery codes' }).getAttribute('href')).toBe(
        '/settings/recovery-codes',
      );
      expect(navigate).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      expect(navigate).toHaveBeenCalledWith('/home');
    });
  });

  describe('when the component unmounts mid-request', () => {
    it('aborts the request, so no session appears behind the person', async () => {
      server.mock.setScenario({ name: 'latency', ms: 200 });
      const { user, unmount, client } = renderWithAuth(<SignIn />);
      await submitPassword(user, 'member@example.com', 'MemberPass123!');
      unmount();
      await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
      expect(client.session.getState().status).toBe('signedOut');
    });
  });
});
