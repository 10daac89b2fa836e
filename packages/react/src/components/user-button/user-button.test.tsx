import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../../test-support/sign-in-as.js';
import { spendRecoveryCodes } from '../../test-support/spend-recovery-codes.js';
import { totpCode } from '../../test-support/totp-code.js';
import { SignIn } from '../sign-in/sign-in.js';
import { UserButton } from './user-button.js';

const server = serveMockAuthFlow();

describe('given a UserButton against AuthFlow', () => {
  it('opens set-up alone in place for a member without it, and offers recovery codes once it is on', async () => {
    const client = createTestClient();
    await signInAs(client, server.mock.seeded.member);
    const { user, container } = renderWithAuth(<UserButton />, { client });
    await user.click(screen.getByRole('button', { name: 'Account menu for Max Member' }));
    expect(screen.queryByRole('menuitem', { name: 'Recovery codes' })).toBeNull();
    await user.click(screen.getByRole('menuitem', { name: 'Two-step verification' }));
    expect(screen.queryByRole('button', { name: 'Turn off two-step verification' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Set up two-step verification' }));
    expect(await screen.findByRole('img', { name: /QR code/ })).toBeTruthy();
    await expectNoAxeViolations(container);
    const secret = (container.querySelector('[data-af-part="secret"]')?.textContent ?? '').replace(/ /g, '');
    await user.type(screen.getByLabelText('6-digit code from the app'), totpCode(secret));
    await screen.findByRole('list', { name: 'Your recovery codes' });

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('menuitem', { name: 'Recovery codes' })).toBeTruthy();
    await user.click(screen.getByRole('menuitem', { name: 'Two-step verification' }));
    expect(screen.getByRole('button', { name: 'Turn off two-step verification' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Set up two-step verification' })).toBeNull();
  });

  it('after a sign-in that left few recovery codes, offers new ones until they exist', async () => {
    const seeded = server.mock.seeded.mfa;
    await spendRecoveryCodes(createTestClient(), seeded, 7);
    const { user } = renderWithAuth(
      <>
        <SignIn />
        <UserButton />
      </>,
    );
    await user.type(screen.getByLabelText('Email address'), seeded.email);
    await user.type(screen.getByLabelText('Password'), `${seeded.password}{Enter}`);
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    await user.type(screen.getByLabelText('Recovery code'), `${seeded.recoveryCodes[7]}{Enter}`);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));

    await user.click(screen.getByRole('button', { name: 'Account menu for Mira Mfa' }));
    await user.click(screen.getByRole('menuitem', { name: '2 recovery codes left' }));
    await user.type(screen.getByLabelText('Password'), `${seeded.password}{Enter}`);
    await screen.findByRole('list', { name: 'Your recovery codes' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.queryByRole('menuitem', { name: /recovery codes left/ })).toBeNull();
  });
});
