import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { proxiedPagesForEachTest } from '../../test-support/proxied-page.js';
import { renderWithAuth } from '../../test-support/render-with-auth.js';
import { passkeySettings, softwareWebAuthn } from '../../test-support/software-web-authn.js';
import { PasskeyManager } from './passkey-manager.js';

/*
 * Behind the proxy, adding and removing a passkey need a recent proof of identity. Past the
 * re-authentication window the manager asks for it in the dialog and then finishes what the
 * person asked for, instead of failing with `reauthentication_required`.
 */

const pages = proxiedPagesForEachTest({ passkeys: passkeySettings });
const window = 10 * 60_000;

async function memberWithPasskeyManager() {
  const { member } = pages.mock.mock.seeded;
  const client = pages.page(undefined, softwareWebAuthn());
  await client.signIn({ email: member.email, password: member.password });
  const rendered = renderWithAuth(<PasskeyManager />, { client });
  await screen.findByText('You have no passkeys yet.');
  return { ...rendered, member };
}

describe('given PasskeyManager behind the proxy', () => {
  it('after the window, adds a passkey only once the password is confirmed in the dialog', async () => {
    const { user, member } = await memberWithPasskeyManager();
    pages.advance(window + 1);
    await user.type(screen.getByLabelText('Name (optional)'), 'Laptop');
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    expect(screen.queryByText('Laptop was added.')).toBeNull();
    await user.type(within(dialog).getByLabelText('Password'), `${member.password}{Enter}`);

    await screen.findByText('Laptop was added.');
    expect(within(screen.getByRole('list', { name: 'Your passkeys' })).getByText('Laptop')).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('after the window, removing asks for proof; closing the dialog keeps the passkey and the form quietly', async () => {
    const { user, member } = await memberWithPasskeyManager();
    await user.type(screen.getByLabelText('Name (optional)'), 'Laptop');
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    await screen.findByText('Laptop was added.');
    // Right after sign-in the proof is fresh: no dialog.
    expect(screen.queryByRole('dialog')).toBeNull();
    pages.advance(window + 1);

    await user.click(screen.getByRole('button', { name: 'Remove Laptop' }));
    await user.type(screen.getByLabelText('Current password'), member.password);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText('Current password') as HTMLInputElement).value).toBe(member.password);
    expect(within(screen.getByRole('list', { name: 'Your passkeys' })).getByText('Laptop')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Password'), `${member.password}{Enter}`);
    await screen.findByText('Laptop was removed.');
    await screen.findByText('You have no passkeys yet.');
  });
});
