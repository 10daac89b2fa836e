import { isRecord } from './is-record.js';

/**
 * How AuthFlow reports failures, and the stable codes the kit reports them with.
 * The contract's own sample client matches on the server's message text, so the texts the
 * server is known to send live here, shared by the client that reads them and the mock
 * that sends them.
 */

/** The JSON body of an AuthFlow error answer. */
export interface ErrorResponse {
  statusCode?: number;
  message: string;
  error?: string;
}

export function isErrorResponse(value: unknown): value is ErrorResponse {
  return isRecord(value) && typeof value.message === 'string';
}

/** Message texts AuthFlow answers with; integrations match on their leading words. */
export const serverMessages = {
  missingFields: 'Missing required fields',
  weakPassword: 'Password does not meet complexity requirements',
  invalidApiKey: 'Invalid api_key',
  fooBarExpired: 'Invalid or expired token',
  incorrectPassword: 'Incorrect password',
  userNotFound: 'User not found',
  userExists: 'User with this email and role already exists',
  invalidSession: 'Invalid or expired session',
  tempTokenExpired: 'Invalid or expired temporary token',
  resetTokenInvalid: 'Invalid or expired reset token',
  verificationTokenInvalid: 'Invalid or expired verification token',
  invalidTotpCode: 'Invalid TOTP code',
  invalidEmailOtp: 'Invalid or expired email OTP',
  invalidRecoveryCode: 'Invalid recovery code',
  twoFactorNotEnabled: 'Two-factor authentication is not enabled',
  ownerOnly: 'Only the organization owner can delete users',
  cannotDeleteOwner: 'The organization owner cannot be deleted',
  identityMismatch: 'Token identity does not match the request',
  passkeyChallengeInvalid: 'Invalid or expired passkey challenge',
  passkeyRejected: 'Passkey verification failed',
  passkeyExists: 'This passkey is already registered',
  passkeyNotFound: 'Passkey not found',
  invalidPasskeyResponse: 'Malformed passkey response',
  invalidPasskeyName: 'Passkey names are 1 to 64 characters',
  methodNotAllowed: 'Method not allowed',
  notFound: 'Not found',
  tooManyRequests: 'Too many requests',
  internalError: 'Internal server error',
} as const;

export type ServerMessage = (typeof serverMessages)[keyof typeof serverMessages];

/** The stable codes every kit failure carries, whatever transport produced it. */
export const authErrorCodes = [
  'invalid_request',
  'invalid_credentials',
  'user_not_found',
  'user_exists',
  'weak_password',
  'invalid_code',
  'expired',
  'session_expired',
  'forbidden',
  'reauthentication_required',
  'not_found',
  'rate_limited',
  'configuration',
  'network',
  'timeout',
  'aborted',
  'server',
  'invalid_response',
  'passkey_rejected',
  'passkey_exists',
  'passkey_cancelled',
  'passkey_unsupported',
] as const;

export type AuthErrorCode = (typeof authErrorCodes)[number];

export function isAuthErrorCode(value: unknown): value is AuthErrorCode {
  return typeof value === 'string' && (authErrorCodes as readonly string[]).includes(value);
}
