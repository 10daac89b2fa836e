import { type AuthErrorCode, serverMessages } from './errors.js';

/** AuthFlow answers 401 for several causes; its message tells them apart. No text is a prefix of another. */
const unauthorizedMessages: readonly (readonly [string, AuthErrorCode])[] = [
  [serverMessages.invalidApiKey, 'configuration'],
  [serverMessages.incorrectPassword, 'invalid_credentials'],
  [serverMessages.invalidSession, 'session_expired'],
  [serverMessages.tempTokenExpired, 'expired'],
  [serverMessages.resetTokenInvalid, 'expired'],
  [serverMessages.verificationTokenInvalid, 'expired'],
  [serverMessages.fooBarExpired, 'expired'],
  [serverMessages.invalidTotpCode, 'invalid_code'],
  [serverMessages.invalidEmailOtp, 'invalid_code'],
  [serverMessages.invalidRecoveryCode, 'invalid_code'],
  [serverMessages.passkeyChallengeInvalid, 'expired'],
  [serverMessages.passkeyRejected, 'passkey_rejected'],
];

/**
 * The kit's code for a 401 message from AuthFlow, matched on the message's leading words, or
 * `null` when the message is missing or not one AuthFlow documents (the caller then decides by route).
 */
export function unauthorizedMessageCode(message: string | null | undefined): AuthErrorCode | null {
  if (message === null || message === undefined) return null;
  const known = unauthorizedMessages.find(([text]) => message.startsWith(text));
  return known === undefined ? null : known[1];
}
