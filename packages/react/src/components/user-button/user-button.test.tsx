import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { signInAs } from '../../test-support/sign-in-as.js';
import { spendRecoveryCodes } from '../../test-support/spend-recovery-codes.js';
import { SignIn } from '../sign-in/sign-in.js';
import { UserButton } from './user-button.js';

const server = serveMockAuthFlow();

describe('given a UserButton against AuthFlow', () => {
  it('opens two-step verification set-up in place', async () => {
    const client = createTestClient();
    await signInAs(client, server.mock.seeded.member);
    const { user, container } = renderWithAuth(<UserButton />, { client });
    await user.click(screen.getByRole('button', { name: 'Account menu for Max Member' }));
    await user.click(screen.getByRole('menuitem', { name: 'Two-step verification' }));
    await user.click(screen.getByRole('button', { name: 'Set up two-step verification' }));
    expect(await screen.findByRole('img', { name: /QR code/ })).toBeTruthy();
    await expectNoAxeViolations(container);
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
