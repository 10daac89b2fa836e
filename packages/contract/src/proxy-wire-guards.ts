import { isAuthErrorCode } from './errors.js';
import { isRecord } from './is-record.js';
import type {
  DeviceSession,
  MfaMethod,
  ProxyAuthFlowEndpointId,
  ProxyCapabilitiesAnswer,
  ProxyErrorBody,
  ProxyFieldSpec,
  ProxyMfaChallenge,
  ProxyResponses,
  ProxyUser,
  ReauthenticateAnswer,
  ReauthenticatedAnswer,
  RecoveryCodeSignInAnswer,
  SessionAnswer,
  SessionsAnswer,
  SessionsEndedAnswer,
  SignedInAnswer,
  SignInAnswer,
  TwoFactorStatus,
} from './proxy-wire.js';

/**
 * Runtime checks for both directions of the proxy wire: the proxy checks each browser body
 * against its endpoint's field list, and a client checks each answer before using it.
 */

export type Guard<T> = (value: unknown) => value is T;

/** True when `value` is an object with exactly the listed fields, each of its declared type. */
export function hasProxyFields(value: unknown, fields: readonly ProxyFieldSpec[]): boolean {
  if (!isRecord(value)) return false;
  const known = new Set(fields.map((field) => field.name));
  if (Object.keys(value).some((key) => !known.has(key))) return false;
  return fields.every((field) => {
    const fieldValue = value[field.name];
    if (fieldValue === undefined) return !field.required;
    if (field.type === 'boolean') return typeof fieldValue === 'boolean';
    if (field.type === 'object') return isRecord(fieldValue);
    return typeof fieldValue === 'string' && (!field.required || fieldValue.length > 0);
  });
}

const mfaMethods: readonly MfaMethod[] = ['totp', 'email', 'recovery'];

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isProxyUser(value: unknown): value is ProxyUser {
  return (
    isRecord(value) &&
    typeof value.email === 'string' &&
    value.email.length > 0 &&
    typeof value.fullname === 'string' &&
    typeof value.role === 'string' &&
    typeof value.orgId === 'string'
  );
}

export function isTwoFactorStatus(value: unknown): value is TwoFactorStatus {
  return value === 'enabled' || value === 'disabled';
}

export function isSignedInAnswer(value: unknown): value is SignedInAnswer {
  return (
    isRecord(value) &&
    value.status === 'signedIn' &&
    isProxyUser(value.user) &&
    isTimestamp(value.expiresAt) &&
    isTwoFactorStatus(value.twoFactor)
  );
}

export function isSessionAnswer(value: unknown): value is SessionAnswer {
  return isSignedInAnswer(value) || (isRecord(value) && value.status === 'signedOut');
}

export function isProxyMfaChallenge(value: unknown): value is ProxyMfaChallenge {
  return (
    isRecord(value) &&
    typeof value.email === 'string' &&
    Array.isArray(value.methods) &&
    // A challenge with no way to answer it would leave a sign-in waiting for nothing.
    value.methods.length > 0 &&
    value.methods.every((method) => mfaMethods.includes(method)) &&
    isTimestamp(value.expiresAt)
  );
}

export function isSignInAnswer(value: unknown): value is SignInAnswer {
  if (!isRecord(value)) return false;
  if (value.type === 'session') return isSignedInAnswer(value.session);
  return value.type === 'mfa' && isProxyMfaChallenge(value.challenge);
}

export function isRecoveryCodeSignInAnswer(value: unknown): value is RecoveryCodeSignInAnswer {
  return (
    isRecord(value) &&
    isSignedInAnswer(value.session) &&
    typeof value.remainingCodes === 'number' &&
    Number.isInteger(value.remainingCodes) &&
    value.remainingCodes >= 0
  );
}

const isSignedOutAnswer = (value: unknown): value is ProxyResponses['signOut'] =>
  isRecord(value) && value.status === 'signedOut';

const isConfirmation = (value: unknown): value is ProxyResponses['changePassword'] =>
  isRecord(value) && value.success === true;

const isNeutralConfirmation = (value: unknown): value is ProxyResponses['forgotPassword'] =>
  isRecord(value) && value.success === true && typeof value.message === 'string';

const isTwoFactorSetup = (value: unknown): value is ProxyResponses['enableTwoFactor'] =>
  isRecord(value) &&
  typeof value.secret === 'string' &&
  value.secret.length > 0 &&
  typeof value.qrCode === 'string' &&
  typeof value.otpauthUrl === 'string';

const isRecoveryCodes = (value: unknown): value is ProxyResponses['regenerateRecoveryCodes'] =>
  isRecord(value) && isStringArray(value.recoveryCodes);

export function isSessionsEndedAnswer(value: unknown): value is SessionsEndedAnswer {
  return (
    isRecord(value) &&
    value.success === true &&
    (value.endedSessions === 'others' || value.endedSessions === 'all')
  );
}

const isCapabilities = (value: unknown): value is ProxyCapabilitiesAnswer =>
  isRecord(value) && value.sessions === true && typeof value.passkeys === 'boolean';

const isNullableString = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';

export function isDeviceSession(value: unknown): value is DeviceSession {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    value.id.length > 0 &&
    isNullableString(value.browser) &&
    isNullableString(value.os) &&
    isNullableString(value.network) &&
    isTimestamp(value.createdAt) &&
    isTimestamp(value.lastSeenAt) &&
    typeof value.current === 'boolean'
  );
}

export function isSessionsAnswer(value: unknown): value is SessionsAnswer {
  return isRecord(value) && Array.isArray(value.sessions) && value.sessions.every(isDeviceSession);
}

const isRevokedSessions = (value: unknown): value is ProxyResponses['revokeSession'] =>
  isRecord(value) &&
  value.success === true &&
  typeof value.revoked === 'number' &&
  Number.isInteger(value.revoked) &&
  value.revoked >= 0;

export function isReauthenticatedAnswer(value: unknown): value is ReauthenticatedAnswer {
  return isRecord(value) && value.status === 'reauthenticated' && isTimestamp(value.validUntil);
}

export function isReauthenticateAnswer(value: unknown): value is ReauthenticateAnswer {
  if (isReauthenticatedAnswer(value)) return true;
  return isRecord(value) && value.status === 'mfa' && isProxyMfaChallenge(value.challenge);
}

/**
 * One answer guard per endpoint every proxy serves: a 200 whose body fails it is an invalid
 * response. The passkey endpoints' guards are apart (`proxyPasskeyResponseGuards`), so a page
 * that never runs a passkey action does not download them.
 */
export const proxyAuthFlowResponseGuards: {
  readonly [E in ProxyAuthFlowEndpointId]: Guard<ProxyResponses[E]>;
} = {
  capabilities: isCapabilities,
  session: isSessionAnswer,
  signUp: isSignedInAnswer,
  signIn: isSignInAnswer,
  signOut: isSignedOutAnswer,
  verifyTotp: isSignedInAnswer,
  sendEmailCode: isNeutralConfirmation,
  verifyEmailCode: isSignedInAnswer,
  verifyRecoveryCode: isRecoveryCodeSignInAnswer,
  enableTwoFactor: isTwoFactorSetup,
  verifyTwoFactorSetup: isRecoveryCodes,
  disableTwoFactor: isSessionsEndedAnswer,
  regenerateRecoveryCodes: isRecoveryCodes,
  changePassword: isSessionsEndedAnswer,
  forgotPassword: isNeutralConfirmation,
  resetPassword: isSessionsEndedAnswer,
  verifyEmail: isConfirmation,
  resendVerificationEmail: isNeutralConfirmation,
  deleteUser: isConfirmation,
  sessions: isSessionsAnswer,
  revokeSession: isRevokedSessions,
  revokeOtherSessions: isRevokedSessions,
  reauthenticate: isReauthenticateAnswer,
  reauthenticateSendEmailCode: isNeutralConfirmation,
  reauthenticateVerifyTotp: isReauthenticatedAnswer,
  reauthenticateVerifyEmailCode: isReauthenticatedAnswer,
  reauthenticateVerifyRecoveryCode: isReauthenticatedAnswer,
};

/** The proxy's failure body (see {@link ProxyErrorBody}). */
export function isProxyErrorBody(value: unknown): value is ProxyErrorBody {
  if (!isRecord(value) || !isRecord(value.error)) return false;
  const { code, message, retryAfter } = value.error;
  return (
    isAuthErrorCode(code) &&
    typeof message === 'string' &&
    (retryAfter === undefined || (typeof retryAfter === 'number' && retryAfter >= 0))
  );
}
