import { describe, expect, it } from 'vitest';
import { proxyRequestGuards, proxyResponseGuards } from './proxy-endpoints.js';
import { isSignInAnswer } from './proxy-wire-guards.js';

const challenge = { email: 'mfa@example.com', methods: ['totp', 'email', 'recovery'], expiresAt: 1_000 };

describe('the guard on the proxy sign-in answer', () => {
  it('accepts a second-factor challenge the page can answer', () => {
    expect(isSignInAnswer({ type: 'mfa', challenge })).toBe(true);
  });

  it('refuses a challenge without any method, which would leave the sign-in waiting', () => {
    expect(isSignInAnswer({ type: 'mfa', challenge: { ...challenge, methods: [] } })).toBe(false);
  });

  it('refuses an unknown method and a missing expiry', () => {
    expect(isSignInAnswer({ type: 'mfa', challenge: { ...challenge, methods: ['sms'] } })).toBe(false);
    expect(isSignInAnswer({ type: 'mfa', challenge: { email: challenge.email, methods: ['totp'] } })).toBe(
      false,
    );
  });
});

describe('given a proxy answer with fields this client does not know', () => {
  const user = { email: 'ada@example.com', fullname: 'Ada', role: 'user', orgId: 'org', avatarUrl: null };
  const session = { status: 'signedIn', user, expiresAt: 2_000, twoFactor: 'disabled', issuedAt: 1_000 };

  it('still reads the session, sign-in, challenge and recovery answers', () => {
    expect(proxyResponseGuards.session(session)).toBe(true);
    expect(proxyResponseGuards.signIn({ type: 'session', session, traceId: 't' })).toBe(true);
    expect(proxyResponseGuards.signIn({ type: 'mfa', challenge: { ...challenge, hint: 'app' } })).toBe(true);
    expect(proxyResponseGuards.verifyRecoveryCode({ session, remainingCodes: 3, warned: true })).toBe(true);
    expect(proxyResponseGuards.forgotPassword({ success: true, message: 'Sent', queued: 1 })).toBe(true);
    expect(
      proxyResponseGuards.enableTwoFactor({
        secret: 'S',
        qrCode: 'data:',
        otpauthUrl: 'otpauth://x',
        issuer: 'A',
      }),
    ).toBe(true);
  });

  it('still refuses a request body with a field the endpoint does not list', () => {
    expect(
      proxyRequestGuards.signIn({ email: 'ada@example.com', password: 'Secret123!', role: 'admin' }),
    ).toBe(false);
  });
});
