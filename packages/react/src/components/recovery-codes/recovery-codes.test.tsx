import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../../test-support/sign-in-as.js';
import { SignedIn } from '../control/signed-in.js';
import { SignIn } from '../sign-in/sign-in.js';
import { RecoveryCodes } from './recovery-codes.js';

const server = serveMockAuthFlow();

afterEach(() => {
  vi.restoreAllMocks();
});

async function signedInWithTwoFactor() {
  const client = createTestClient();
  await signInAs(client, server.mock.seeded.mfa);
  return client;
}

async function regenerate(user: ReturnType<typeof renderWithAuth>['user']): Promise<string[]> {
  await user.type(screen.getByLabelText('Password'), `${server.mock.seeded.mfa.password}{Enter}`);
  const list = await screen.findByRole('list', { name: 'Your recovery codes' });
  return Array.from(list.querySelectorAll('li'), (item) => item.textContent ?? '');
}

describe('given RecoveryCodes for a member with two-step verification', () => {
  it('asks for the password, then shows ten new codes that replace the old ones', async () => {
    const { user, container } = renderWithAuth(<RecoveryCodes />, { client: await signedInWithTwoFactor() });
    expect(screen.getByRole('heading', { name: 'Create new recovery codes' })).toBeTruthy();
    await expectNoAxeViolations(container);
    const codes = await regenerate(user);
    expect(codes).toHaveLength(10);
    expect(codes).not.toContain(server.mock.seeded.mfa.recoveryCodes[0]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Recovery codes' }));
    await expectNoAxeViolations(container);

    const client = createTestClient();
    const stale = await client.signIn(server.mock.seeded.mfa);
    if (stale.type !== 'mfa') throw new Error('expected a challenge');
    await expect(
      client.mfa.verifyRecoveryCode(stale.challenge, server.mock.seeded.mfa.recoveryCodes[0] ?? ''),
    ).rejects.toMatchObject({ code: 'invalid_code' });
    await client.mfa.verifyRecoveryCode(stale.challenge, codes[0] ?? '');
  });

  it('after a wrong password, clears it and keeps focus there', async () => {
    const { user } = renderWithAuth(<RecoveryCodes />, { client: await signedInWithTwoFactor() });
    const password = screen.getByLabelText('Password') as HTMLInputElement;
    await user.type(password, 'NotMine123!{Enter}');
    expect((await screen.findByRole('alert')).textContent).toContain('Your current password is not correct.');
    await waitFor(() => expect(document.activeElement).toBe(password));
    expect(password.value).toBe('');
  });

  it('copies all codes, downloads them as .txt and prints them alone', async () => {
    const { user } = renderWithAuth(<RecoveryCodes />, { client: await signedInWithTwoFactor() });
    const codes = await regenerate(user);

    await user.click(screen.getByRole('button', { name: 'Copy all' }));
    expect(screen.getByRole('button', { name: 'Copied' })).toBeTruthy();
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n').filter((line) => codes.includes(line))).toEqual(codes);

    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:codes';
    });
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(clicks).toEqual(['recovery-codes.txt']);
    expect(blobs[0]?.type).toBe('text/plain');
    expect(await blobs[0]?.text()).toContain(codes.join('\n'));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:codes');

    let printingAttribute: string | null = null;
    vi.spyOn(window, 'print').mockImplementation(() => {
      printingAttribute = document.documentElement.getAttribute('data-af-printing');
    });
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(printingAttribute).toBe('');
    expect(document.documentElement.hasAttribute('data-af-printing')).toBe(false);
  });

  it('finishes only once the person confirms they saved the codes', async () => {
    const onDone = vi.fn();
    const { user } = renderWithAuth(<RecoveryCodes codes={['AAAA1111', 'BBBB2222']} onDone={onDone} />, {
      client: await signedInWithTwoFactor(),
    });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(document.activeElement).toBe(screen.getByLabelText('I have saved these codes'));
    expect(onDone).not.toHaveBeenCalled();
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('tells the person to copy by hand where the clipboard is blocked', async () => {
    const { user } = renderWithAuth(<RecoveryCodes codes={['AAAA1111']} />, {
      client: await signedInWithTwoFactor(),
    });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy all' }));
    expect((await screen.findByText(/Copying is not available here/)).getAttribute('role')).toBe('status');
  });
});

describe('given RecoveryCodes for a member without two-step verification', () => {
  it('says codes come with two-step verification and asks for no password', async () => {
    const client = createTestClient();
    await signInAs(client, server.mock.seeded.member);
    const { container } = renderWithAuth(<RecoveryCodes />, { client });
    expect(screen.getByRole('heading', { name: 'Recovery codes' })).toBeTruthy();
    expect(screen.getByText(/Recovery codes come with two-step verification/)).toBeTruthy();
    expect(screen.queryByLabelText('Password')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create new codes' })).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('status="unknown" overrides the session and offers new codes, as for an app that cannot tell', async () => {
    const client = createTestClient();
    await signInAs(client, server.mock.seeded.member);
    renderWithAuth(<RecoveryCodes status="unknown" />, { client });
    expect(screen.getByRole('button', { name: 'Create new codes' })).toBeTruthy();
  });
});

describe('given a sign-in with a recovery code in this page', () => {
  it('shows how many unused codes that sign-in left', async () => {
    const seeded = server.mock.seeded.mfa;
    const { user } = renderWithAuth(
      <>
        <SignIn />
        <SignedIn>
          <RecoveryCodes />
        </SignedIn>
      </>,
    );
    await user.type(screen.getByLabelText('Email address'), seeded.email);
    await user.type(screen.getByLabelText('Password'), `${seeded.password}{Enter}`);
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    await user.type(screen.getByLabelText('Recovery code'), `${seeded.recoveryCodes[0]}{Enter}`);

    expect((await screen.findByText('You have 9 unused recovery codes left.')).getAttribute('role')).toBe(
      'status',
    );
  });
});
