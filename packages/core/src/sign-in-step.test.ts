import { describe, expect, it } from 'vitest';
import { AuthError } from './auth-error.js';
import type { MfaChallenge } from './mfa-challenge.js';
import { initialSignInState, type SignInEvent, signInTransition } from './sign-in-flow.js';
import { signInMfaStepOf, signInStepOf } from './sign-in-step.js';

const challenge: MfaChallenge = {
  tempToken: 'temp-1',
  email: 'mfa@example.com',
  orgId: 'org-1',
  role: 'user',
  methods: ['totp', 'email', 'recovery'],
  issuedAt: 1_000,
};
const user = { email: 'mfa@example.com', fullname: 'Mira Mfa', role: 'user', orgId: 'org-1' };
const wrongCode = new AuthError('invalid_code', 'Invalid TOTP code', { status: 401 });
const wrongPassword = new AuthError('invalid_credentials', 'Incorrect password', { status: 401 });

const run = (events: SignInEvent[]) => events.reduce(signInTransition, initialSignInState);

describe('the step a sign-in shows', () => {
  it('given a password on its way, stays on the password step', () => {
    const state = run([{ type: 'submit' }]);
    expect(signInStepOf(state)).toBe('password');
    expect(signInMfaStepOf(state)).toBeNull();
  });

  it('given a wrong password, shows the error over the password step', () => {
    expect(signInStepOf(run([{ type: 'submit' }, { type: 'failed', error: wrongPassword }]))).toBe(
      'password',
    );
  });

  it('given a challenge, shows the second factor while its code is checked and after a wrong code', () => {
    const challenged = run([{ type: 'submit' }, { type: 'mfaRequired', challenge }]);
    const verifying = signInTransition(challenged, { type: 'verify' });
    const refused = signInTransition(verifying, { type: 'failed', error: wrongCode });
    for (const state of [challenged, verifying, refused]) {
      expect(signInStepOf(state)).toBe('mfa');
      expect(signInMfaStepOf(state)?.challenge).toBe(challenge);
    }
  });

  it('given a session, is signed in', () => {
    const state = run([
      { type: 'submit' },
      { type: 'signedIn', session: { user, token: null, expiresAt: null, twoFactor: 'disabled' } },
    ]);
    expect(signInStepOf(state)).toBe('signedIn');
  });
});
