import { describe, expect, it } from 'vitest';
import {
  proxyEndpointIds,
  proxyEndpoints,
  proxyRequestGuards,
  proxyResponseGuards,
} from './proxy-endpoints.js';
import { proxyPasskeyEndpoints, proxyPasskeyPaths } from './proxy-passkey-wire.js';
import { proxyAuthFlowEndpoints, proxyAuthFlowPaths } from './proxy-wire.js';
import { isProxyErrorBody } from './proxy-wire-guards.js';
import { extensionRouteIds, routeIds } from './routes.js';

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

  it('keeps every call of an extension route in the extension table, apart from what every proxy serves', () => {
    const extension: readonly string[] = extensionRouteIds;
    for (const spec of Object.values(proxyAuthFlowEndpoints)) {
      expect(spec.upstream.filter((route) => extension.includes(route))).toEqual([]);
    }
    for (const spec of Object.values(proxyPasskeyEndpoints)) {
      expect(
        spec.upstream.some((route) => extension.includes(route)),
        spec.path,
      ).toBe(true);
    }
    expect(proxyEndpointIds).toHaveLength(
      Object.keys(proxyAuthFlowEndpoints).length + Object.keys(proxyPasskeyEndpoints).length,
    );
  });

  it('gives browser code a path for every endpoint of each table, and no other', () => {
    expect(Object.keys(proxyAuthFlowPaths)).toEqual(Object.keys(proxyAuthFlowEndpoints));
    expect(Object.keys(proxyPasskeyPaths)).toEqual(Object.keys(proxyPasskeyEndpoints));
  });

  it('rate-limits passkey sign-in like sign-in, and removing a passkey like the other password checks', () => {
    expect(proxyEndpoints.passkeySignInOptions.rateLimit).toBe('signIn');
    expect(proxyEndpoints.verifyPasskeySignIn.rateLimit).toBe('signIn');
    expect(proxyEndpoints.deletePasskey.rateLimit).toBe(proxyEndpoints.disableTwoFactor.rateLimit);
    expect(proxyEndpoints.deletePasskey.requires).toBe(proxyEndpoints.disableTwoFactor.requires);
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

  it('takes a WebAuthn credential only where one is expected, and only of the expected kind', () => {
    const assertion = {
      id: 'q2n1',
      rawId: 'q2n1',
      type: 'public-key',
      clientExtensionResults: {},
      response: { clientDataJSON: 'eyJ9', authenticatorData: 'AAAA', signature: 'MEUC' },
    };
    const attestation = {
      ...assertion,
      response: { clientDataJSON: 'eyJ9', attestationObject: 'o2Nm' },
    };
    expect(proxyRequestGuards.verifyPasskeySignIn({ response: assertion })).toBe(true);
    expect(proxyRequestGuards.verifyPasskeySignIn({ response: attestation })).toBe(false);
    expect(proxyRequestGuards.verifyPasskeySignIn({ response: 'q2n1' })).toBe(false);
    expect(proxyRequestGuards.verifyPasskeySignIn({ response: assertion, role: 'admin' })).toBe(false);
    expect(proxyRequestGuards.verifyPasskeyRegistration({ response: attestation, name: 'Laptop' })).toBe(
      true,
    );
    expect(proxyRequestGuards.verifyPasskeyRegistration({ response: assertion })).toBe(false);
    expect(proxyRequestGuards.passkeySignInOptions({})).toBe(true);
    expect(proxyRequestGuards.passkeySignInOptions({ email: 'a@example.com' })).toBe(true);
    expect(proxyRequestGuards.passkeySignInOptions({ email: { $ne: '' } })).toBe(false);
    expect(proxyRequestGuards.signIn({ email: { a: 1 }, password: 'x' })).toBe(false);
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

  it('reads the capabilities answer only as sessions on and passkeys on or off', () => {
    expect(proxyResponseGuards.capabilities({ sessions: true, passkeys: true })).toBe(true);
    expect(proxyResponseGuards.capabilities({ sessions: true, passkeys: false })).toBe(true);
    expect(proxyResponseGuards.capabilities({ sessions: true, passkeys: 'yes' })).toBe(false);
    expect(proxyResponseGuards.capabilities({ sessions: false, passkeys: true })).toBe(false);
    expect(proxyResponseGuards.capabilities({ passkeys: true })).toBe(false);
  });

  it('reads a passkey removal only as a confirmation that says which sessions ended', () => {
    expect(proxyResponseGuards.deletePasskey({ success: true, endedSessions: 'others' })).toBe(true);
    expect(proxyResponseGuards.deletePasskey({ success: true })).toBe(false);
  });

  it('recognizes the error body by its known code', () => {
    expect(isProxyErrorBody({ error: { code: 'rate_limited', message: 'Wait.', retryAfter: 30 } })).toBe(
      true,
    );
    expect(isProxyErrorBody({ error: { code: 'teapot', message: 'No.' } })).toBe(false);
    expect(isProxyErrorBody({ statusCode: 401, message: 'Incorrect password' })).toBe(false);
  });
});
