import { describe, expect, it } from 'vitest';
import { isErrorResponse } from './errors.js';
import { isLoginResponse, isTwoFactorRequiredResponse, responseGuards } from './responses.js';

const jwt = 'eyJhbGciOiJSUzUxMiJ9.eyJlbWFpbCI6InVAZXhhbXBsZS5jb20ifQ.c2ln';

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
