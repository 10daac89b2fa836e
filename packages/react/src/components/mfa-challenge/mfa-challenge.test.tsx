import type { MfaChallenge as PendingChallenge } from '@authflow-ui/core';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test-support/expect-no-axe-violations.js';
import { createTestClient, renderWithAuth } from '../../test-support/render-with-auth.js';
import { serveMockAuthFlow } from '../../test-support/serve-mock-auth-flow.js';
import { totpCode } from '../../test-support/totp-code.js';
import { MfaChallenge } from './mfa-challenge.js';

const server = serveMockAuthFlow();

/** The password step done elsewhere (an app's own form): a pending challenge to finish. */
async function pendingChallenge(client = createTestClient()): Promise<PendingChallenge> {
  const { email, password } = server.mock.seeded.mfa;
  const result = await client.signIn({ email, password });
  if (result.type !== 'mfa') throw new Error('expected a challenge');
  return result.challenge;
}

describe('given a MfaChallenge on its own', () => {
  it('finishes the challenge with an authenticator code and tells the app', async () => {
    const client = createTestClient();
    const challenge = await pendingChallenge(client);
    const onSignedIn = vi.fn();
    const { user, container } = renderWithAuth(
      <MfaChallenge challenge={challenge} onSignedIn={onSignedIn} />,
      {
        client,
      },
    );
    const code = screen.getByLabelText('6-digit code');
    expect(document.activeElement).toBe(code);
    expect(screen.queryByRole('button', { name: 'Back to sign in' })).toBeNull();
    await expectNoAxeViolations(container);
    await user.type(code, totpCode(server.mock.seeded.mfa.totpSecret));
    await screen.findByText('You are signed in.');
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ user: { email: 'mfa@example.com' } });
    expect(client.session.getState().status).toBe('signedIn');
  });

  it('when the challenge has expired, says the sign-in timed out', async () => {
    const client = createTestClient();
    const challenge = await pendingChallenge(client);
    server.mock.setScenario({ name: 'expired-temp-token' });
    const { user } = renderWithAuth(<MfaChallenge challenge={challenge} />, { client });
    await user.type(screen.getByLabelText('6-digit code'), totpCode(server.mock.seeded.mfa.totpSecret));
    expect((await screen.findByRole('alert')).textContent).toContain('Your sign-in timed out.');
    expect(screen.queryByLabelText('6-digit code')).toBeNull();
  });

  it('composes from its parts', async () => {
    const client = createTestClient();
    const challenge = await pendingChallenge(client);
    const { user } = renderWithAuth(
      <MfaChallenge.Root challenge={challenge}>
        <MfaChallenge.Form>
          <MfaChallenge.Field name="code">
            <MfaChallenge.Label>Code from your app</MfaChallenge.Label>
            <MfaChallenge.CodeInput className="my-code" />
          </MfaChallenge.Field>
          <MfaChallenge.Submit>Go</MfaChallenge.Submit>
        </MfaChallenge.Form>
      </MfaChallenge.Root>,
      { client },
    );
    const code = screen.getByLabelText('Code from your app');
    expect(code.className).toBe('af-code-input my-code');
    await user.type(code, totpCode(server.mock.seeded.mfa.totpSecret));
    await screen.findByText('You are signed in.');
  });
});
