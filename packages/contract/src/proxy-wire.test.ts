import { describe, expect, it } from 'vitest';
import { proxyRequestGuards } from './proxy-request-guards.js';
import { proxyEndpointIds, proxyEndpoints } from './proxy-wire.js';
import { isProxyErrorBody, proxyResponseGuards } from './proxy-wire-guards.js';
import { routeIds } from './routes.js';

describe('the proxy endpoint table', () => {
  it('gives every endpoint its own path and names only contract routes upstream', () => {
    const paths = proxyEndpointIds.map((id) => proxyEndpoints[id].path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const id of proxyEndpointIds) {
      for (const route of proxyEndpoints[id].upstream) expect(routeIds).toContain(route);
    }
  });

  it('lets no browser body carry what the proxy must supply itself', () => {
    const supplied = ['role', 'org_id', 'orgId', 'api_key', 'secret', 'tempToken', 'foobar', 'sessionToken'];
    for (const id of proxyEndpointIds) {
      const names = proxyEndpoints[id].fields.map((field) => field.name);
      expect(
        names.filter((name) => supplied.includes(name)),
        id,
      ).toEqual([]);
    }
  });

  it('rate-limits every endpoint that takes a password, a code or sends an email', () => {
    for (const id of ['signIn', 'signUp', 'verifyTotp', 'verifyEmailCode', 'verifyRecoveryCode'] as const) {
      expect(proxyEndpoints[id].rateLimit, id).not.toBeNull();
    }
    for (const id of ['forgotPassword', 'resendVerificationEmail'] as const) {
      expect(proxyEndpoints[id].rateLimit, id).toBe('emails');
    }
    expect(proxyEndpoints.sendEmailCode.rateLimit).toBe('challengeEmails');
  });

  it('binds the three code exchanges and the backup email to a pending sign-in', () => {
    const pending = proxyEndpointIds.filter((id) => proxyEndpoints[id].requires === 'pendingLogin');
    expect(pending.sort()).toEqual(['sendEmailCode', 'verifyEmailCode', 'verifyRecoveryCode', 'verifyTotp']);
  });
});

describe('given a request body', () => {
  it('accepts exactly the listed fields', () => {
    expect(proxyRequestGuards.signIn({ email: 'a@example.com', password: 'x' })).toBe(true);
    expect(
      proxyRequestGuards.signUp({ email: 'a@example.com', password: 'x', fullname: 'A', disclaimed: true }),
    ).toBe(true);
    expect(proxyRequestGuards.session({})).toBe(true);
  });

  it('refuses extra, missing, empty and mistyped fields', () => {
    expect(proxyRequestGuards.signIn({ email: 'a@example.com', password: 'x', role: 'admin' })).toBe(false);
    expect(proxyRequestGuards.signIn({ email: 'a@example.com' })).toBe(false);
    expect(proxyRequestGuards.signIn({ email: '', password: 'x' })).toBe(false);
    expect(proxyRequestGuards.signIn({ email: ['a@example.com'], password: 'x' })).toBe(false);
    expect(proxyRequestGuards.signUp({ email: 'a', password: 'x', fullname: 'A', disclaimed: 'true' })).toBe(
      false,
    );
    expect(proxyRequestGuards.verifyTwoFactorSetup({ code: '123456', secret: 'JBSWY3DPEHPK3PXP' })).toBe(
      false,
    );
    expect(proxyRequestGuards.session(null)).toBe(false);
    expect(proxyRequestGuards.session([])).toBe(false);
  });
});

describe('given a proxy answer', () => {
  const session = {
    status: 'signedIn',
    user: { email: 'a@example.com', fullname: 'A', role: 'user', orgId: 'org' },
    expiresAt: 1_775_388_000_000,
    twoFactor: 'disabled',
  };

  it('accepts the documented shapes', () => {
    expect(proxyResponseGuards.session(session)).toBe(true);
    expect(proxyResponseGuards.session({ status: 'signedOut' })).toBe(true);
    expect(proxyResponseGuards.signIn({ type: 'session', session })).toBe(true);
    expect(
      proxyResponseGuards.signIn({
        type: 'mfa',
        challenge: { email: 'a@example.com', methods: ['totp', 'email', 'recovery'], expiresAt: 1 },
      }),
    ).toBe(true);
    expect(proxyResponseGuards.verifyRecoveryCode({ session, remainingCodes: 9 })).toBe(true);
    expect(proxyResponseGuards.forgotPassword({ success: true, message: 'sent' })).toBe(true);
  });

  it('refuses an HTML page, a string status and an unknown method', () => {
    expect(proxyResponseGuards.session('<html></html>')).toBe(false);
    expect(proxyResponseGuards.session({ ...session, expiresAt: '1775388000000' })).toBe(false);
    expect(
      proxyResponseGuards.signIn({ type: 'mfa', challenge: { email: 'a', methods: ['sms'], expiresAt: 1 } }),
    ).toBe(false);
    expect(proxyResponseGuards.verifyRecoveryCode({ session, remainingCodes: -1 })).toBe(false);
  });

  it('refuses a session whose two-step verification state is missing or unknown', () => {
    expect(proxyResponseGuards.session({ ...session, twoFactor: 'enabled' })).toBe(true);
    const { twoFactor: _omitted, ...withoutTwoFactor } = session;
    expect(proxyResponseGuards.session(withoutTwoFactor)).toBe(false);
    expect(proxyResponseGuards.session({ ...session, twoFactor: 'unknown' })).toBe(false);
    expect(proxyResponseGuards.verifyTotp({ ...session, twoFactor: true })).toBe(false);
  });

  it('recognizes the error body by its known code', () => {
    expect(isProxyErrorBody({ error: { code: 'rate_limited', message: 'Wait.', retryAfter: 30 } })).toBe(
      true,
    );
    expect(isProxyErrorBody({ error: { code: 'teapot', message: 'No.' } })).toBe(false);
    expect(isProxyErrorBody({ statusCode: 401, message: 'Incorrect password' })).toBe(false);
  });
});
