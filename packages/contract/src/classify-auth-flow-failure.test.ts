import { describe, expect, it } from 'vitest';
import { classifyAuthFlowFailure } from './classify-auth-flow-failure.js';
import { type AuthErrorCode, serverMessages } from './errors.js';
import type { RouteId } from './routes.js';

const documented: [RouteId, number, string | null, AuthErrorCode][] = [
  ['signUp', 400, serverMessages.weakPassword, 'weak_password'],
  ['signUp', 400, serverMessages.missingFields, 'invalid_request'],
  ['login', 401, serverMessages.incorrectPassword, 'invalid_credentials'],
  ['login', 404, serverMessages.userNotFound, 'user_not_found'],
  ['login', 401, serverMessages.invalidApiKey, 'configuration'],
  ['login', 401, serverMessages.fooBarExpired, 'expired'],
  ['signUp', 409, serverMessages.userExists, 'user_exists'],
  ['verifyTwoFactor', 401, serverMessages.invalidTotpCode, 'invalid_code'],
  ['verifyEmailOtp', 401, serverMessages.invalidEmailOtp, 'invalid_code'],
  ['verifyRecoveryCode', 401, serverMessages.invalidRecoveryCode, 'invalid_code'],
  ['verifyTwoFactor', 401, serverMessages.tempTokenExpired, 'expired'],
  ['resetPassword', 401, serverMessages.resetTokenInvalid, 'expired'],
  ['verifyEmail', 401, serverMessages.verificationTokenInvalid, 'expired'],
  ['me', 401, serverMessages.invalidSession, 'session_expired'],
  ['changePassword', 401, serverMessages.incorrectPassword, 'invalid_credentials'],
  ['changePassword', 404, serverMessages.userNotFound, 'user_not_found'],
  ['deleteUser', 403, serverMessages.ownerOnly, 'forbidden'],
  ['deleteUser', 404, serverMessages.userNotFound, 'user_not_found'],
  ['me', 429, serverMessages.tooManyRequests, 'rate_limited'],
  ['me', 500, serverMessages.internalError, 'server'],
  ['me', 503, null, 'server'],
  ['verifyPasskeyLogin', 401, serverMessages.passkeyRejected, 'passkey_rejected'],
  ['verifyPasskeyLogin', 401, serverMessages.passkeyChallengeInvalid, 'expired'],
  ['verifyPasskeyRegistration', 401, serverMessages.passkeyRejected, 'passkey_rejected'],
  ['verifyPasskeyRegistration', 409, serverMessages.passkeyExists, 'passkey_exists'],
  ['verifyPasskeyRegistration', 401, serverMessages.invalidSession, 'session_expired'],
  ['renamePasskey', 404, serverMessages.passkeyNotFound, 'not_found'],
  ['deletePasskey', 401, serverMessages.incorrectPassword, 'invalid_credentials'],
];

const undocumented: [RouteId, number, string | null, AuthErrorCode][] = [
  ['login', 401, 'Something unexpected', 'invalid_credentials'],
  ['verifyRecoveryCode', 401, null, 'invalid_code'],
  ['verifyTwoFactorSetup', 401, 'Unauthorized', 'invalid_code'],
  ['enableTwoFactor', 401, 'Unauthorized', 'session_expired'],
  ['changePassword', 401, null, 'session_expired'],
  ['deleteUser', 401, null, 'session_expired'],
  ['verifyEmail', 401, null, 'expired'],
  ['sendBackupEmail', 401, null, 'expired'],
  ['forgotPassword', 401, null, 'invalid_request'],
  ['me', 404, serverMessages.userNotFound, 'user_not_found'],
  ['me', 404, serverMessages.notFound, 'not_found'],
  ['me', 404, null, 'not_found'],
  ['me', 405, serverMessages.methodNotAllowed, 'invalid_request'],
  ['me', 418, null, 'invalid_request'],
  ['me', 302, null, 'invalid_response'],
  ['verifyPasskeyLogin', 401, null, 'passkey_rejected'],
  ['passkeyLoginOptions', 404, serverMessages.notFound, 'not_found'],
  ['deletePasskey', 404, null, 'not_found'],
];

describe('given an answer AuthFlow documents', () => {
  it.each(documented)('%s answering %i "%s" reads as %s', (routeId, status, message, code) => {
    expect(classifyAuthFlowFailure(routeId, status, message)).toBe(code);
  });
});

describe('given an answer AuthFlow does not document', () => {
  it.each(undocumented)('%s answering %i "%s" reads as %s', (routeId, status, message, code) => {
    expect(classifyAuthFlowFailure(routeId, status, message)).toBe(code);
  });
});
