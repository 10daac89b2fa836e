import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../../test-support/sign-in-as.js';
import { passkeySettings, softwareWebAuthn } from '../../test-support/software-web-authn.js';
import { PasskeyManager } from './passkey-manager.js';

const member = { email: 'member@example.com', password: 'MemberPass123!' };

describe('given a backend serving passkeys', () => {
  const server = serveMockAuthFlow({ passkeys: passkeySettings });

  async function renderSignedIn() {
    const webAuthn = softwareWebAuthn();
    const client = createTestClient({ webAuthn });
    await act(() => signInAs(client, member));
    return { ...renderWithAuth(<PasskeyManager />, { client }), webAuthn };
  }

  it('starts empty, with no axe violations', async () => {
    const { container } = await renderSignedIn();
    await screen.findByText('You have no passkeys yet.');
    expect(screen.getByRole('heading', { name: 'Passkeys' })).toBeDefined();
    await expectNoAxeViolations(container);
  });

  it('adds a passkey with a name, then renames and removes it with the password', async () => {
    const { user, container } = await renderSignedIn();
    await screen.findByText('You have no passkeys yet.');
    await user.type(screen.getByLabelText('Name (optional)'), 'Work laptop');
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    await screen.findByText('Work laptop was added.');
    const list = await screen.findByRole('list', { name: 'Your passkeys' });
    expect(within(list).getByText('Work laptop')).toBeDefined();
    expect(within(list).getByText(/Not used yet · Synced/)).toBeDefined();
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Rename Work laptop' }));
    const nameInput = screen.getByLabelText('New name for Work laptop');
    await user.clear(nameInput);
    await user.type(nameInput, 'Phone');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Renamed to Phone.');
    await waitFor(() => expect(within(list).getByText('Phone')).toBeDefined());

    await user.click(screen.getByRole('button', { name: 'Remove Phone' }));
    await user.type(screen.getByLabelText('Current password'), 'WrongPass123!');
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The details you entered are not correct.',
    );
    expect(within(list).getByText('Phone')).toBeDefined();
    await user.clear(screen.getByLabelText('Current password'));
    await user.type(screen.getByLabelText('Current password'), member.password);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await screen.findByText('Phone was removed.');
    await screen.findByText('You have no passkeys yet.');
  });

  it('when the list cannot be read, says why and reads it again on "Try again"', async () => {
    server.mock.setScenario({ name: 'network-error', routes: ['listPasskeys'] });
    const { user } = await renderSignedIn();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('We could not reach the server');
    expect(screen.getByRole('button', { name: 'Add a passkey' })).toBeDefined();
    server.mock.setScenario(null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByText('You have no passkeys yet.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the authenticator already holds a passkey for the account, keeping the list', async () => {
    const { user } = await renderSignedIn();
    await screen.findByText('You have no passkeys yet.');
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    await screen.findByText('Passkey 1 was added.');
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This device already holds a passkey for your account.',
    );
    expect(within(screen.getByRole('list', { name: 'Your passkeys' })).getAllByRole('listitem')).toHaveLength(
      1,
    );
  });

  it('offers "Try again" when the list fails to load, and lists once the server answers', async () => {
    server.mock.setScenario({ name: 'server-error', routes: ['listPasskeys'] });
    const { user } = await renderSignedIn();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong on our side');
    server.mock.setScenario(null);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByText('You have no passkeys yet.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('given plain AuthFlow', () => {
  serveMockAuthFlow();

  it('renders nothing', async () => {
    const client = createTestClient({ webAuthn: softwareWebAuthn() });
    await act(() => signInAs(client, member));
    const { container } = renderWithAuth(<PasskeyManager />, { client });
    await act(() => client.capabilities());
    expect(container.textContent).toBe('');
  });
});
