import { describe, expect, it } from 'vitest';
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
