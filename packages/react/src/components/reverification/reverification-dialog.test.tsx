import type { AuthClient } from '@authflow-ui/core';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useAuthClient } from '../../hooks/use-auth-client.js';
import { useReverification } from '../../hooks/use-reverification.js';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { proxiedPagesForEachTest } from '../../test-support/proxied-page.js';
import { renderWithAuth } from '../../test-support/render-with-auth.js';
import { totpCode } from '../../test-support/totp-code.js';

const pages = proxiedPagesForEachTest();
const window = 10 * 60_000;

/** An app's sensitive action behind the dialog. */
function SensitiveAction({ action }: { action: (client: AuthClient) => Promise<unknown> }) {
  const client = useAuthClient();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const { run, dialog } = useReverification(() => action(client));
  return (
    <>
      <label>
        Note for the team
        <input value={note} onChange={(event) => setNote(event.currentTarget.value)} />
      </label>
      <button
        type="button"
        onClick={() =>
          run().then(
            () => setOutcome('Done'),
            (error: { code: string }) => setOutcome(`Failed: ${error.code}`),
          )
        }
      >
        Do it
      </button>
      <p role="status">{outcome}</p>
      {dialog}
    </>
  );
}

/** The owner, signed in through the proxy longer ago than the re-authentication window. */
async function ownerPastTheWindow() {
  const { owner, member } = pages.mock.mock.seeded;
  const client = pages.page();
  await client.signIn({ email: owner.email, password: owner.password });
  pages.advance(window + 1);
  const rendered = renderWithAuth(
    <SensitiveAction action={(signedIn) => signedIn.deleteUser({ userEmail: member.email })} />,
    { client },
  );
  return { ...rendered, client, owner, member };
}

describe('given the re-authentication dialog opened by a sensitive action', () => {
  it('moves focus to the password, keeps Tab inside, and passes axe', async () => {
    const { user, container } = await ownerPastTheWindow();
    await user.click(screen.getByRole('button', { name: 'Do it' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' });

    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Password')));
    for (let step = 0; step < 6; step += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(dialog.contains(document.activeElement)).toBe(true);
    await expectNoAxeViolations(container);
  });

  it('when Escape is pressed, it closes, gives focus back, fails the action as aborted and keeps the page', async () => {
    const { user } = await ownerPastTheWindow();
    await user.type(screen.getByLabelText('Note for the team'), 'Left the company');
    const trigger = screen.getByRole('button', { name: 'Do it' });
    await user.click(trigger);
    await screen.findByRole('dialog');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(trigger);
    expect((await screen.findByRole('status')).textContent).toBe('Failed: aborted');
    expect((screen.getByLabelText('Note for the team') as HTMLInputElement).value).toBe('Left the company');
  });

  it('when the password is wrong, it says so, clears it for another try, and the right one completes the action', async () => {
    const { user, owner } = await ownerPastTheWindow();
    await user.click(screen.getByRole('button', { name: 'Do it' }));
    const dialog = await screen.findByRole('dialog');
    const password = within(dialog).getByLabelText('Password') as HTMLInputElement;

    await user.type(password, 'not-the-password{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/password/i);
    await waitFor(() => expect(password.value).toBe(''));
    expect(screen.getByRole('status').textContent).toBe('');

    await user.type(password, `${owner.password}{Enter}`);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Done'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('when the network drops during the proof, it shows the network error, keeps the password, and a retry works', async () => {
    const { user, owner, client } = await ownerPastTheWindow();
    await user.click(screen.getByRole('button', { name: 'Do it' }));
    const dialog = await screen.findByRole('dialog');
    const password = within(dialog).getByLabelText('Password') as HTMLInputElement;

    pages.setOnline(client, false);
    await user.type(password, `${owner.password}{Enter}`);
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'We could not reach the server. Check your connection and try again.',
    );
    expect(password.value).toBe(owner.password);
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');

    pages.setOnline(client, true);
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Done'));
  });
});

describe('given an account with two-step verification on', () => {
  it('asks for a second factor after the password, switches to a recovery code, then runs the action', async () => {
    const { mfa } = pages.mock.mock.seeded;
    const client = pages.page();
    const started = await client.signIn({ email: mfa.email, password: mfa.password });
    if (started.type !== 'mfa') throw new Error('expected a second factor');
    await client.mfa.verifyTotp(started.challenge, totpCode(mfa.totpSecret));
    pages.advance(window + 1);
    const { user } = renderWithAuth(
      <SensitiveAction
        action={(signedIn) => signedIn.mfa.regenerateRecoveryCodes({ password: mfa.password })}
      />,
      { client },
    );

    await user.click(screen.getByRole('button', { name: 'Do it' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Password'), `${mfa.password}{Enter}`);
    await within(dialog).findByLabelText('Verification code');
    await user.click(within(dialog).getByRole('button', { name: 'Use a recovery code' }));
    const [recoveryCode] = mfa.recoveryCodes;
    await user.type(within(dialog).getByLabelText('Recovery code'), `${recoveryCode}{Enter}`);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Done'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
