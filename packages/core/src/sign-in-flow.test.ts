import { describe, expect, it } from 'vitest';
import { AuthError } from './auth-error.js';
import type { MfaChallenge } from './mfa-challenge.js';
import type { Session } from './session.js';
import { initialSignInState, type SignInEvent, type SignInState, signInTransition } from './sign-in-flow.js';

const challenge: MfaChallenge = {
  tempToken: 'temp-1',
  email: 'mfa@example.com',
  orgId: 'org-1',
  role: 'user',
  methods: ['totp', 'email', 'recovery'],
  issuedAt: 1_000,
};
const session: Session = {
  user: { email: 'mfa@example.com', fullname: 'Mira Mfa', role: 'user', orgId: 'org-1' },
  token: 'jwt',
  expiresAt: null,
  twoFactor: 'enabled',
};
const wrongCode = new AuthError('invalid_code', 'Invalid TOTP code', { status: 401 });
const expired = new AuthError('expired', 'Invalid or expired temporary token', { status: 401 });
const wrongPassword = new AuthError('invalid_credentials', 'Incorrect password', { status: 401 });

const run = (events: SignInEvent[], from: SignInState = initialSignInState) =>
  events.reduce(signInTransition, from);

const mfaRequired = run([{ type: 'submit' }, { type: 'mfaRequired', challenge }]);

describe('the sign-in flow', () => {
  it('given a password sign-in without 2FA, goes idle -> submitting -> signedIn', () => {
    expect(run([{ type: 'submit' }])).toEqual({ status: 'submitting' });
    expect(run([{ type: 'submit' }, { type: 'signedIn', session }])).toEqual({ status: 'signedIn', session });
  });

  it('given a second submit while submitting, stays submitting (nothing submits twice)', () => {
    const submitting = run([{ type: 'submit' }]);
    expect(signInTransition(submitting, { type: 'submit' })).toBe(submitting);
  });

  it('given a 2FA challenge, offers every method with TOTP active', () => {
    expect(mfaRequired).toEqual({
      status: 'mfaRequired',
      challenge,
      methods: ['totp', 'email', 'recovery'],
      activeMethod: 'totp',
    });
  });

  it('switches methods only to one the challenge offers', () => {
    expect(signInTransition(mfaRequired, { type: 'chooseMethod', method: 'recovery' })).toMatchObject({
      activeMethod: 'recovery',
    });
    const totpOnly = run([
      { type: 'submit' },
      { type: 'mfaRequired', challenge: { ...challenge, methods: ['totp'] } },
    ]);
    expect(signInTransition(totpOnly, { type: 'chooseMethod', method: 'email' })).toBe(totpOnly);
  });

  it('records when an email code was sent and makes email the active method', () => {
    expect(signInTransition(mfaRequired, { type: 'emailCodeSent', sentAt: 5_000 })).toMatchObject({
      status: 'mfaRequired',
      activeMethod: 'email',
      emailCodeSentAt: 5_000,
    });
  });

  it('given a code is verified, goes mfaRequired -> verifying -> signedIn', () => {
    const verifying = signInTransition(mfaRequired, { type: 'verify' });
    expect(verifying).toMatchObject({ status: 'verifying', challenge, activeMethod: 'totp' });
    expect(signInTransition(verifying, { type: 'signedIn', session })).toEqual({
      status: 'signedIn',
      session,
    });
  });

  it('given a wrong code, shows the error over the challenge, and retry returns to it with the email timestamp kept', () => {
    const withEmail = signInTransition(mfaRequired, { type: 'emailCodeSent', sentAt: 5_000 });
    const failed = run([{ type: 'verify' }, { type: 'failed', error: wrongCode }], withEmail);
    expect(failed).toEqual({ status: 'error', error: wrongCode, previous: withEmail });
    expect(signInTransition(failed, { type: 'retry' })).toEqual(withEmail);
  });

  it('given a wrong code, lets the person verify again or switch method straight from the error', () => {
    const failed = run([{ type: 'verify' }, { type: 'failed', error: wrongCode }], mfaRequired);
    expect(signInTransition(failed, { type: 'verify' })).toMatchObject({ status: 'verifying' });
    expect(signInTransition(failed, { type: 'chooseMethod', method: 'recovery' })).toMatchObject({
      status: 'mfaRequired',
      activeMethod: 'recovery',
    });
  });

  it('given an expired challenge, the error leads back to the password step, not the dead challenge', () => {
    const failed = run([{ type: 'verify' }, { type: 'failed', error: expired }], mfaRequired);
    expect(failed).toEqual({ status: 'error', error: expired, previous: { status: 'idle' } });
    expect(signInTransition(failed, { type: 'verify' })).toBe(failed);
    expect(signInTransition(failed, { type: 'submit' })).toEqual({ status: 'submitting' });
  });

  it('given a wrong password, returns to idle on retry and accepts a new submit', () => {
    const failed = run([{ type: 'submit' }, { type: 'failed', error: wrongPassword }]);
    expect(failed).toEqual({ status: 'error', error: wrongPassword, previous: { status: 'idle' } });
    expect(signInTransition(failed, { type: 'retry' })).toEqual({ status: 'idle' });
    expect(signInTransition(failed, { type: 'submit' })).toEqual({ status: 'submitting' });
  });

  it('given a failure to send the email code, keeps the challenge to fall back to', () => {
    const failed = signInTransition(mfaRequired, { type: 'failed', error: wrongCode });
    expect(failed).toMatchObject({ status: 'error', previous: mfaRequired });
  });

  it('ignores events that make no sense where the flow is', () => {
    expect(signInTransition(initialSignInState, { type: 'verify' })).toBe(initialSignInState);
    expect(signInTransition(initialSignInState, { type: 'signedIn', session })).toBe(initialSignInState);
    const signedIn = run([{ type: 'submit' }, { type: 'signedIn', session }]);
    expect(signInTransition(signedIn, { type: 'failed', error: wrongCode })).toBe(signedIn);
    const verifying = signInTransition(mfaRequired, { type: 'verify' });
    expect(signInTransition(verifying, { type: 'verify' })).toBe(verifying);
  });

  it('resets to idle from anywhere', () => {
    expect(signInTransition(mfaRequired, { type: 'reset' })).toEqual({ status: 'idle' });
  });

  it('keeps no password or code in any state', () => {
    const states = [mfaRequired, signInTransition(mfaRequired, { type: 'verify' })];
    for (const state of states) expect(JSON.stringify(state)).not.toMatch(/password|totpCode|123456/i);
  });
});
