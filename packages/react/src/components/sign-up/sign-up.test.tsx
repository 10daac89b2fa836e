import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { SignedIn } from '../control/signed-in.js';
import { SignedOut } from '../control/signed-out.js';
import { SignUp } from './sign-up.js';

const server = serveMockAuthFlow();

async function fillIn(
  user: ReturnType<typeof renderWithAuth>['user'],
  values: { fullname: string; email: string; password: string },
): Promise<void> {
  await user.type(screen.getByLabelText('Full name'), values.fullname);
  await user.type(screen.getByLabelText('Email address'), values.email);
  await user.type(screen.getByLabelText('Password'), values.password);
  await user.click(screen.getByLabelText(/I agree to the terms/));
}

const nora = { fullname: 'Nora New', email: 'nora@example.com', password: 'NoraPass123!' };

describe('given SignUp against AuthFlow', () => {
  describe('when a new person fills everything in', () => {
    it('creates the account, signs in, and finishes even though <SignedOut> removes the form', async () => {
      const navigate = vi.fn();
      const onSignedIn = vi.fn();
      const { user, client } = renderWithAuth(
        <>
          <SignedOut>
            <SignUp redirectTo="/welcome" navigate={navigate} onSignedIn={onSignedIn} />
          </SignedOut>
          <SignedIn>
            <p>Account home</p>
          </SignedIn>
        </>,
      );
      await fillIn(user, nora);
      await user.keyboard('{Enter}');
      await screen.findByText('Account home');
      expect(client.session.getState().user).toMatchObject({ email: nora.email, fullname: nora.fullname });
      expect(onSignedIn).toHaveBeenCalledTimes(1);
      expect(navigate).toHaveBeenCalledWith('/welcome');
      expect(server.mock.outbox.messages(nora.email).map((message) => message.kind)).toEqual([
        'verify-email',
      ]);
    });

    it('sends one request however often the form is submitted', async () => {
      const { user } = renderWithAuth(<SignUp />);
      await fillIn(user, nora);
      const submit = screen.getByRole('button', { name: 'Create account' });
      await user.keyboard('{Enter}');
      await user.dblClick(submit);
      await screen.findByText('Your account is ready.');
      expect(server.requests.filter((path) => path === '/auth/signUp')).toHaveLength(1);
    });
  });

  describe('when the email already has an account', () => {
    it('says so clearly, offers to sign in instead and takes focus to the email', async () => {
      const { user, container } = renderWithAuth(<SignUp signInHref="/sign-in" />);
      await fillIn(user, { ...nora, email: 'member@example.com' });
      await user.keyboard('{Enter}');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('An account with this email address already exists.');
      expect(within(alert).getByRole('link', { name: 'Sign in instead' }).getAttribute('href')).toBe(
        '/sign-in',
      );
      const email = screen.getByLabelText('Email address');
      await waitFor(() => expect(document.activeElement).toBe(email));
      expect(email.getAttribute('aria-describedby')).toContain(alert.id);
      expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe(nora.password);
      await expectNoAxeViolations(container);
    });
  });

  describe('when the network fails', () => {
    it('keeps everything typed and succeeds on "Try again"', async () => {
      server.mock.setScenario({ name: 'network-error' });
      const { user } = renderWithAuth(<SignUp />);
      await fillIn(user, nora);
      await user.keyboard('{Enter}');
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('We could not reach the server.');
      expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe(nora.fullname);
      expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe(nora.password);
      server.mock.setScenario(null);
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      await screen.findByText('Your account is ready.');
    });
  });

  describe('when AuthFlow rate-limits', () => {
    it('keeps the button disabled during the countdown', async () => {
      server.mock.setScenario({ name: 'rate-limited', retryAfter: 30, routes: ['signUp'] });
      const { user, container } = renderWithAuth(<SignUp />);
      await fillIn(user, nora);
      await user.keyboard('{Enter}');
      const alert = await screen.findByRole('alert');
      expect((await within(alert).findByRole('timer')).textContent).toMatch(
        /You can try again in (30|29) seconds\./,
      );
      const submit = screen.getByRole('button', { name: 'Create account' }) as HTMLButtonElement;
      expect(submit.disabled).toBe(true);
      await user.keyboard('{Enter}');
      expect(server.requests.filter((path) => path === '/auth/signUp')).toHaveLength(1);
      await expectNoAxeViolations(container);
    });
  });

  describe('when the person uses only the keyboard', () => {
    it('reaches every control in order and submits with Enter', async () => {
      const { user } = renderWithAuth(<SignUp signInHref="/sign-in" />);
      await user.tab();
      await user.keyboard(nora.fullname);
      await user.tab();
      await user.keyboard(nora.email);
      await user.tab();
      await user.keyboard(nora.password);
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show password' }));
      await user.tab();
      await user.keyboard(' ');
      expect((screen.getByLabelText(/I agree to the terms/) as HTMLInputElement).checked).toBe(true);
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Create account' }));
      await user.keyboard('{Enter}');
      await screen.findByText('Your account is ready.');
    });
  });
});
