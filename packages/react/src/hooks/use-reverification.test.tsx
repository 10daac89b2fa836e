import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ChangePassword } from '../components/change-password/change-password.js';
import { expectNoAxeViolations } from '../test-support/expect-no-axe-violations.js';
import { proxiedPagesForEachTest } from '../test-support/proxied-page.js';
import { renderWithAuth } from '../test-support/render-with-auth.js';
import { useAuthClient } from './use-auth-client.js';
import { useReverification } from './use-reverification.js';

const pages = proxiedPagesForEachTest();
const window = 10 * 60_000;

/** An app's own sensitive form: the owner removes a member. */
function RemoveMember() {
  const client = useAuthClient();
  const [email, setEmail] = useState('');
  const [outcome, setOutcome] = useState('');
  const { run, dialog } = useReverification((userEmail: string) => client.deleteUser({ userEmail }));
  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run(email).then(
            () => setOutcome(`Removed ${email}`),
            (error: { code: string }) => setOutcome(`Failed: ${error.code}`),
          );
        }}
      >
        <label>
          Member email
          <input value={email} onChange={(event) => setEmail(event.currentTarget.value)} />
        </label>
        <button type="submit">Remove</button>
      </form>
      <p role="status">{outcome}</p>
      {dialog}
    </>
  );
}

describe('given an app action wrapped in useReverification', () => {
  it('after the window, asks for the password, retries once, and keeps what was typed', async () => {
    const { owner, member } = pages.mock.mock.seeded;
    const client = pages.page();
    await client.signIn({ email: owner.email, password: owner.password });
    pages.advance(window + 1);
    const { user } = renderWithAuth(<RemoveMember />, { client });

    await user.type(screen.getByLabelText('Member email'), member.email);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });
    await user.type(within(dialog).getByLabelText('Password'), `${owner.password}{Enter}`);

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Removed ${member.email}`));
    expect((screen.getByLabelText('Member email') as HTMLInputElement).value).toBe(member.email);
    const again = pages.page();
    await expect(again.signIn({ email: member.email, password: member.password })).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
  });

  it('runs at once, without a dialog, inside the window', async () => {
    const { owner, member } = pages.mock.mock.seeded;
    const client = pages.page();
    await client.signIn({ email: owner.email, password: owner.password });
    const { user } = renderWithAuth(<RemoveMember />, { client });
    await user.type(screen.getByLabelText('Member email'), member.email);
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`Removed ${member.email}`));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('given ChangePassword in proxy mode after the window', () => {
  it('confirms the password in the dialog, then changes it, keeping both fields until then', async () => {
    const { member } = pages.mock.mock.seeded;
    const client = pages.page();
    await client.signIn({ email: member.email, password: member.password });
    pages.advance(window + 1);
    const { user, container } = renderWithAuth(<ChangePassword />, { client });

    await user.type(screen.getByLabelText('Current password'), member.password);
    await user.type(screen.getByLabelText('New password'), 'BrandNew123!{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect((screen.getByLabelText('New password') as HTMLInputElement).value).toBe('BrandNew123!');
    await expectNoAxeViolations(container);
    await user.type(within(dialog).getByLabelText('Password'), `${member.password}{Enter}`);

    expect((await screen.findByRole('status')).textContent).toBe(
      'Your password has been changed. Your other devices were signed out.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
