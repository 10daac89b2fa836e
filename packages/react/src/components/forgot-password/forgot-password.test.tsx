import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { ForgotPassword } from './forgot-password.js';

const server = serveMockAuthFlow();

describe('given ForgotPassword against AuthFlow', () => {
  it('for an existing account, confirms neutrally, moves focus to the confirmation and sends the link', async () => {
    const { user, container } = renderWithAuth(<ForgotPassword signInHref="/sign-in" />);
    await user.type(screen.getByLabelText('Email address'), ' member@example.com {Enter}');
    const heading = await screen.findByRole('heading', { name: 'Check your email' });
    expect(document.activeElement).toBe(heading);
    expect(
      screen.getByText(
        'If an account exists for member@example.com, we have sent it a link to reset the password. The link expires soon.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to sign in' }).getAttribute('href')).toBe('/sign-in');
    const [message] = server.mock.outbox.messages('member@example.com');
    expect(message?.kind).toBe('reset-password');
    await expectNoAxeViolations(container);
  });

  it('for an unknown address, shows exactly the same confirmation', async () => {
    const first = renderWithAuth(<ForgotPassword />);
    await first.user.type(screen.getByLabelText('Email address'), 'member@example.com{Enter}');
    const known = (await screen.findByRole('status')).textContent?.replace('member@example.com', '<email>');
    first.unmount();
    const second = renderWithAuth(<ForgotPassword />);
    await second.user.type(screen.getByLabelText('Email address'), 'nobody@example.com{Enter}');
    const unknown = (await screen.findByRole('status')).textContent?.replace('nobody@example.com', '<email>');
    expect(unknown).toBe(known);
    expect(server.mock.outbox.messages('nobody@example.com')).toEqual([]);
  });

  it('shows the address as text, whatever it contains', async () => {
    const { user } = renderWithAuth(<ForgotPassword />);
    const injected = '<img/src=x/onerror=alert(1)>@example.com';
    await user.type(screen.getByLabelText('Email address'), `${injected}{Enter}`);
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain(injected);
    expect(status.querySelector('img')).toBeNull();
  });

  it('lets the person use another address, with focus back in the field', async () => {
    const { user } = renderWithAuth(<ForgotPassword />);
    await user.type(screen.getByLabelText('Email address'), 'member@example.com{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Use a different email address' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Email address')));
  });

  it('when the server fails, explains it and sends on "Try again"', async () => {
    server.mock.setScenario({ name: 'server-error' });
    const { user, container } = renderWithAuth(<ForgotPassword />);
    await user.type(screen.getByLabelText('Email address'), 'member@example.com{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong on our side.');
    await expectNoAxeViolations(container);
    server.mock.setScenario(null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Check your email' });
  });

  it('rejects an address without @ before sending anything', async () => {
    const { user } = renderWithAuth(<ForgotPassword />);
    await user.type(screen.getByLabelText('Email address'), 'member{Enter}');
    expect(screen.getByText('Enter an email address like name@example.com.')).toBeTruthy();
    expect(server.requests).toEqual([]);
  });
});
