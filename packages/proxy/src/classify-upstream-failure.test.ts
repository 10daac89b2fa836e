import { serverMessages } from '@authflow-ui/contract';
import { describe, expect, it } from 'vitest';
import { classifyUpstreamFailure } from './classify-upstream-failure.js';

describe('given an AuthFlow error answer', () => {
  it('reads an unknown user, a wrong password and an unknown role on login as the same invalid credentials', () => {
    expect(classifyUpstreamFailure('login', 404, serverMessages.userNotFound)).toBe('invalid_credentials');
    expect(classifyUpstreamFailure('login', 401, serverMessages.incorrectPassword)).toBe(
      'invalid_credentials',
    );
    expect(classifyUpstreamFailure('login', 401, null)).toBe('invalid_credentials');
  });

  it('reads a rejected API key as a configuration fault, not as the user’s mistake', () => {
    expect(classifyUpstreamFailure('login', 401, serverMessages.invalidApiKey)).toBe('configuration');
  });

  it('tells expired links and pending sign-ins from wrong codes', () => {
    expect(classifyUpstreamFailure('verifyTwoFactor', 401, serverMessages.tempTokenExpired)).toBe('expired');
    expect(classifyUpstreamFailure('verifyTwoFactor', 401, serverMessages.invalidTotpCode)).toBe(
      'invalid_code',
    );
    expect(classifyUpstreamFailure('verifyRecoveryCode', 401, null)).toBe('invalid_code');
    expect(classifyUpstreamFailure('resetPassword', 401, serverMessages.resetTokenInvalid)).toBe('expired');
    expect(classifyUpstreamFailure('verifyEmail', 401, null)).toBe('expired');
  });

  it('reads a rejected session token as an ended session', () => {
    expect(classifyUpstreamFailure('me', 401, serverMessages.invalidSession)).toBe('session_expired');
    expect(classifyUpstreamFailure('changePassword', 401, null)).toBe('session_expired');
  });

  it('reads a wrong current password on a signed-in route as wrong credentials, not as sign-out', () => {
    expect(classifyUpstreamFailure('changePassword', 401, serverMessages.incorrectPassword)).toBe(
      'invalid_credentials',
    );
  });

  it('reads statuses the contract documents', () => {
    expect(classifyUpstreamFailure('signUp', 400, serverMessages.weakPassword)).toBe('weak_password');
    expect(classifyUpstreamFailure('signUp', 400, serverMessages.missingFields)).toBe('invalid_request');
    expect(classifyUpstreamFailure('signUp', 409, serverMessages.userExists)).toBe('user_exists');
    expect(classifyUpstreamFailure('deleteUser', 403, serverMessages.ownerOnly)).toBe('forbidden');
    expect(classifyUpstreamFailure('deleteUser', 404, serverMessages.userNotFound)).toBe('user_not_found');
    expect(classifyUpstreamFailure('me', 429, null)).toBe('rate_limited');
    expect(classifyUpstreamFailure('me', 500, serverMessages.internalError)).toBe('server');
    expect(classifyUpstreamFailure('me', 503, null)).toBe('server');
    expect(classifyUpstreamFailure('me', 418, null)).toBe('invalid_response');
  });
});
