import { describe, expect, it } from 'vitest';
import { isErrorResponse } from './errors.js';
import {
  isLoginResponse,
  isStatusOnlyRoute,
  isTwoFactorRequiredResponse,
  responseGuards,
} from './responses.js';
import { routeIds } from './routes.js';

const jwt = 'eyJhbGciOiJSUzUxMiJ9.eyJlbWFpbCI6InVAZXhhbXBsZS5jb20ifQ.c2ln';

const passkey = {
  id: 'q2n1cmVkZW50aWFs',
  name: 'Work laptop',
  createdAt: '2026-12-05T14:00:00.000Z',
  lastUsedAt: null,
  backedUp: true,
  transports: ['internal', 'hybrid'],
};

const creationOptions = {
  rp: { name: 'AuthFlow demo', id: 'localhost' },
  user: { id: 'dXNlci1pZA', name: 'member@example.com', displayName: 'Mia Member' },
  challenge: 'Y2hhbGxlbmdl',
  pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
  excludeCredentials: [{ id: 'q2n1cmVkZW50aWFs', type: 'public-key', transports: ['internal'] }],
  authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
};

describe('response guards', () => {
  it('accepts the contract examples', () => {
    expect(responseGuards.fooBar({ token: jwt })).toBe(true);
    expect(
      responseGuards.login({
        requires2FA: true,
        tempToken: 'd2e6c30aa5f74af4a81f98e8830a6e49e9bb2f31e1a7406a8d2f2eb3ef3028a1',
        email: 'user@example.com',
        org_id: 'org-uuid',
        role: 'detective',
      }),
    ).toBe(true);
    expect(
      responseGuards.me({
        email: 'user@example.com',
        fullname: 'John Smith',
        role: 'detective',
        org_id: 'o',
      }),
    ).toBe(true);
    expect(responseGuards.verifyRecoveryCode({ token: jwt, remainingCodes: 9 })).toBe(true);
    expect(responseGuards.verifyTwoFactorSetup({ success: true, recoveryCodes: ['AB12CD34'] })).toBe(true);
    expect(responseGuards.resendVerifyEmail({ statusCode: 200, message: 'Verification email sent.' })).toBe(
      true,
    );
  });

  it('treats a string "false" for requires2FA as an invalid answer, not a challenge and not a session', () => {
    const answer = { requires2FA: 'false', tempToken: 't', email: 'e', org_id: 'o', role: 'r' };
    expect(isTwoFactorRequiredResponse(answer)).toBe(false);
    expect(isLoginResponse(answer)).toBe(false);
  });

  it('rejects HTML, null, arrays and wrong types', () => {
    for (const value of ['<html>502</html>', null, [], { token: 42 }, { token: '' }]) {
      expect(responseGuards.signUp(value)).toBe(false);
    }
    expect(responseGuards.verifyRecoveryCode({ token: jwt, remainingCodes: '9' })).toBe(false);
    expect(responseGuards.verifyRecoveryCode({ token: jwt, remainingCodes: -1 })).toBe(false);
    expect(responseGuards.regenerateRecoveryCodes({ recoveryCodes: ['A', 2] })).toBe(false);
    expect(responseGuards.logout({ success: 'true' })).toBe(false);
  });

  it('recognises an error body by its message', () => {
    expect(isErrorResponse({ statusCode: 401, message: 'Incorrect password' })).toBe(true);
    expect(isErrorResponse({ statusCode: 401 })).toBe(false);
  });
});

describe('given an AuthFlow answer with fields this contract does not name', () => {
  const extra = { requestId: 'req-42', deprecated: false, meta: { region: 'eu' } };
  const examples: [keyof typeof responseGuards, Record<string, unknown>][] = [
    ['fooBar', { token: jwt }],
    ['login', { token: jwt }],
    ['login', { requires2FA: true, tempToken: 't', email: 'user@example.com', org_id: 'o', role: 'user' }],
    ['me', { email: 'user@example.com', fullname: 'John Smith', role: 'user', org_id: 'o' }],
    ['logout', { success: true }],
    ['deleteUser', { success: true, message: 'User deleted successfully' }],
    [
      'forgotPassword',
      { success: true, message: 'If an account exists for this email, a reset link has been sent.' },
    ],
    ['resetPassword', { success: true }],
    ['resendVerifyEmail', { statusCode: 200, message: 'Verification email sent.' }],
    [
      'enableTwoFactor',
      { secret: 'JBSWY3DPEHPK3PXP', qrCode: 'data:image/png;base64,AAAA', otpauth_url: 'otpauth://totp/x' },
    ],
    ['verifyTwoFactorSetup', { success: true, recoveryCodes: ['AB12CD34'] }],
    ['disableTwoFactor', { success: true }],
    ['verifyTwoFactor', { token: jwt }],
    ['sendBackupEmail', { success: true, message: 'OTP sent to your email' }],
    ['verifyEmailOtp', { token: jwt }],
    ['regenerateRecoveryCodes', { recoveryCodes: ['AB12CD34'] }],
    ['verifyRecoveryCode', { token: jwt, remainingCodes: 9 }],
    ['validate', { valid: true }],
    ['changePassword', { success: true }],
    ['passkeyRegistrationOptions', creationOptions],
    ['verifyPasskeyRegistration', { passkey }],
    ['listPasskeys', { passkeys: [passkey] }],
    ['renamePasskey', { passkey }],
    ['deletePasskey', { success: true }],
    ['passkeyLoginOptions', { challenge: 'Y2hhbGxlbmdl', rpId: 'localhost', userVerification: 'preferred' }],
    ['verifyPasskeyLogin', { token: jwt }],
  ];

  it.each(examples)('the %s guard ignores them', (route, body) => {
    const guard = responseGuards[route];
    expect(guard(body)).toBe(true);
    expect(guard({ ...body, ...extra })).toBe(true);
  });
});

describe('given a passkeys answer', () => {
  it('refuses a passkey whose dates or backup state have the wrong type', () => {
    expect(responseGuards.listPasskeys({ passkeys: [] })).toBe(true);
    expect(responseGuards.listPasskeys({ passkeys: [{ ...passkey, lastUsedAt: 0 }] })).toBe(false);
    expect(responseGuards.listPasskeys({ passkeys: [{ ...passkey, backedUp: 'yes' }] })).toBe(false);
    expect(responseGuards.verifyPasskeyRegistration({ passkey: { ...passkey, id: '' } })).toBe(false);
  });

  it('refuses options without a base64url challenge, or with a credential of another type', () => {
    expect(responseGuards.passkeyLoginOptions({ challenge: 'not base64url!' })).toBe(false);
    expect(responseGuards.passkeyLoginOptions({ challenge: '' })).toBe(false);
    expect(
      responseGuards.passkeyRegistrationOptions({
        ...creationOptions,
        excludeCredentials: [{ id: 'q2n1', type: 'password' }],
      }),
    ).toBe(false);
    expect(responseGuards.passkeyRegistrationOptions({ ...creationOptions, user: undefined })).toBe(false);
  });

  it('reads the sign-in answer with or without the account’s two-step verification state', () => {
    expect(responseGuards.verifyPasskeyLogin({ token: jwt })).toBe(true);
    expect(responseGuards.verifyPasskeyLogin({ token: jwt, twoFactor: 'enabled' })).toBe(true);
    expect(responseGuards.verifyPasskeyLogin({ token: jwt, twoFactor: 'disabled' })).toBe(true);
    expect(responseGuards.verifyPasskeyLogin({ token: jwt, twoFactor: true })).toBe(false);
    expect(responseGuards.verifyPasskeyLogin({ token: jwt, twoFactor: 'on' })).toBe(false);
    expect(responseGuards.verifyPasskeyLogin({ token: '', twoFactor: 'enabled' })).toBe(false);
  });
});

describe('given the routes the contract documents by status alone', () => {
  it('names validate and changePassword, and no route whose body carries data', () => {
    expect(routeIds.filter(isStatusOnlyRoute)).toEqual(['validate', 'changePassword']);
  });
});
