import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../../test-support/sign-in-as.js';
import { ChangePassword } from './change-password.js';

const server = serveMockAuthFlow();

async function signedInMember() {
  const client = createTestClient();
  await signInAs(client, server.mock.seeded.member);
  return client;
}

describe('given ChangePassword for a signed-in member', () => {
  it('changes the password, confirms it and empties both fields', async () => {
    const onChanged = vi.fn();
    const { user, container } = renderWithAuth(<ChangePassword onChanged={onChanged} />, {
      client: await signedInMember(),
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Change password' })).toBeTruthy();
    await user.type(screen.getByLabelText('Current password'), server.mock.seeded.member.password);
    await user.type(screen.getByLabelText('New password'), 'BrandNew123!{Enter}');
    expect((await screen.findByRole('status')).textContent).toBe('Your password has been changed.');
    expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('New password') as HTMLInputElement).value).toBe('');
    expect(onChanged).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
    const again = await createTestClient().signIn({ email: 'member@example.com', password: 'BrandNew123!' });
    expect(again.type).toBe('session');
  });

  it('after a wrong current password, clears only that field and focuses it', async () => {
    const { user, container } = renderWithAuth(<ChangePassword />, { client: await signedInMember() });
    await user.type(screen.getByLabelText('Current password'), 'NotMine123!');
    await user.type(screen.getByLabelText('New password'), 'BrandNew123!{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your current password is not correct.');
    const current = screen.getByLabelText('Current password') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(current));
    expect(current.value).toBe('');
    expect(current.getAttribute('aria-describedby')).toContain(alert.id);
    expect((screen.getByLabelText('New password') as HTMLInputElement).value).toBe('BrandNew123!');
    await expectNoAxeViolations(container);
  });

  it('blocks a new password the server would refuse, before any request', async () => {
    const { user } = renderWithAuth(<ChangePassword />, { client: await signedInMember() });
    const before = server.requests.length;
    await user.type(screen.getByLabelText('Current password'), server.mock.seeded.member.password);
    await user.type(screen.getByLabelText('New password'), 'weakpass{Enter}');
    expect(screen.getByText('Choose a password that meets every requirement below.')).toBeTruthy();
    expect(server.requests.length).toBe(before);
  });

  it('when the session has expired, says to sign in again', async () => {
    const { user } = renderWithAuth(<ChangePassword />, { client: await signedInMember() });
    server.mock.setScenario({ name: 'expired-session' });
    await user.type(screen.getByLabelText('Current password'), server.mock.seeded.member.password);
    await user.type(screen.getByLabelText('New password'), 'BrandNew123!{Enter}');
    expect((await screen.findByRole('status')).textContent).toBe(
      'Your session has ended. Sign in again to continue.',
    );
  });
});

describe('given nobody is signed in', () => {
  it('says to sign in instead of showing the form', () => {
    renderWithAuth(<ChangePassword />);
    expect(screen.getByText('Your session has ended. Sign in again to continue.')).toBeTruthy();
    expect(screen.queryByLabelText('Current password')).toBeNull();
  });
});
