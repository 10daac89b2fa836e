import { isRecord } from './is-record.js';
import type { TwoFactorStatus } from './proxy-wire.js';
import {
  type AuthenticatorTransportName,
  isPasskeyCreationOptions,
  isPasskeyRequestOptions,
  type PasskeyCreationOptions,
  type PasskeyRequestOptions,
} from './webauthn-json.js';

/**
 * Response bodies of each route, and runtime guards that check an unknown JSON value
 * before anything uses it. A 200 whose body fails its guard is an invalid response.
 */

export interface TokenResponse {
  token: string;
}

export type FooBarResponse = TokenResponse;
export type SignUpResponse = TokenResponse;

export interface TwoFactorRequiredResponse {
  requires2FA: true;
  tempToken: string;
  email: string;
  org_id: string;
  role: string;
}

export type LoginResponse = TokenResponse | TwoFactorRequiredResponse;

/** The contract documents only "HTTP 200 when valid"; the body is not relied on. */
export type ValidateResponse = unknown;

export interface MeResponse {
  email: string;
  fullname: string;
  role: string;
  org_id: string;
}

export interface SuccessResponse {
  success: true;
}

export interface SuccessMessageResponse {
  success: true;
  message: string;
}

export type LogoutResponse = SuccessResponse;
export type DeleteUserResponse = SuccessMessageResponse;
export type ForgotPasswordResponse = SuccessMessageResponse;
export type ResetPasswordResponse = SuccessResponse;
/** The contract documents only "HTTP 200 on success". */
export type ChangePasswordResponse = unknown;
/** An HTML verification page. */
export type VerifyEmailResponse = string;

export interface ResendVerifyEmailResponse {
  statusCode: number;
  message: string;
}

export interface EnableTwoFactorResponse {
  secret: string;
  qrCode: string;
  otpauth_url: string;
}

export interface VerifyTwoFactorSetupResponse {
  success: true;
  recoveryCodes: string[];
}

export type DisableTwoFactorResponse = SuccessResponse;
export type VerifyTwoFactorResponse = TokenResponse;
export type SendBackupEmailResponse = SuccessMessageResponse;
export type VerifyEmailOtpResponse = TokenResponse;

export interface RegenerateRecoveryCodesResponse {
  recoveryCodes: string[];
}

export interface VerifyRecoveryCodeResponse {
  token: string;
  remainingCodes: number;
}

/** A saved passkey, as the `passkeys` routes list it. Times are ISO 8601 texts. */
export interface Passkey {
  /** The credential id (base64url). */
  id: string;
  name: string;
  createdAt: string;
  /** `null` until the passkey is first used to sign in. */
  lastUsedAt: string | null;
  /** Whether the passkey is synced (backed up) beyond this authenticator. */
  backedUp: boolean;
  transports: AuthenticatorTransportName[];
}

export type PasskeyRegistrationOptionsResponse = PasskeyCreationOptions;

export interface VerifyPasskeyRegistrationResponse {
  passkey: Passkey;
}

export interface ListPasskeysResponse {
  passkeys: Passkey[];
}

export interface RenamePasskeyResponse {
  passkey: Passkey;
}

export type DeletePasskeyResponse = SuccessResponse;
export type PasskeyLoginOptionsResponse = PasskeyRequestOptions;
/**
 * A passkey counts as both factors, so the answer is a session token directly. `twoFactor` says
 * whether the account has two-step verification on, which a bare token cannot (AuthFlow's `login`
 * tells it by asking for the second factor); a backend that leaves it out reads as `'disabled'`.
 */
export interface VerifyPasskeyLoginResponse extends TokenResponse {
  twoFactor?: TwoFactorStatus;
}

/** Each route's success body, keyed by route id. */
export interface RouteResponses {
  fooBar: FooBarResponse;
  signUp: SignUpResponse;
  login: LoginResponse;
  validate: ValidateResponse;
  me: MeResponse;
  logout: LogoutResponse;
  deleteUser: DeleteUserResponse;
  forgotPassword: ForgotPasswordResponse;
  resetPassword: ResetPasswordResponse;
  changePassword: ChangePasswordResponse;
  verifyEmail: VerifyEmailResponse;
  resendVerifyEmail: ResendVerifyEmailResponse;
  enableTwoFactor: EnableTwoFactorResponse;
  verifyTwoFactorSetup: VerifyTwoFactorSetupResponse;
  disableTwoFactor: DisableTwoFactorResponse;
  verifyTwoFactor: VerifyTwoFactorResponse;
  sendBackupEmail: SendBackupEmailResponse;
  verifyEmailOtp: VerifyEmailOtpResponse;
  regenerateRecoveryCodes: RegenerateRecoveryCodesResponse;
  verifyRecoveryCode: VerifyRecoveryCodeResponse;
  passkeyRegistrationOptions: PasskeyRegistrationOptionsResponse;
  verifyPasskeyRegistration: VerifyPasskeyRegistrationResponse;
  listPasskeys: ListPasskeysResponse;
  renamePasskey: RenamePasskeyResponse;
  deletePasskey: DeletePasskeyResponse;
  passkeyLoginOptions: PasskeyLoginOptionsResponse;
  verifyPasskeyLogin: VerifyPasskeyLoginResponse;
}

type Guard<T> = (value: unknown) => value is T;

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

const isAnything = (_value: unknown): _value is unknown => true;

export function isTokenResponse(value: unknown): value is TokenResponse {
  return isRecord(value) && isNonEmptyString(value.token);
}

/** `requires2FA` must be the boolean `true`: the string `"false"` is not a challenge. */
export function isTwoFactorRequiredResponse(value: unknown): value is TwoFactorRequiredResponse {
  return (
    isRecord(value) &&
    value.requires2FA === true &&
    isNonEmptyString(value.tempToken) &&
    isNonEmptyString(value.email) &&
    typeof value.org_id === 'string' &&
    typeof value.role === 'string'
  );
}

export function isLoginResponse(value: unknown): value is LoginResponse {
  if (!isRecord(value)) return false;
  if ('requires2FA' in value) return isTwoFactorRequiredResponse(value);
  return isTokenResponse(value);
}

export function isMeResponse(value: unknown): value is MeResponse {
  return (
    isRecord(value) &&
    isNonEmptyString(value.email) &&
    typeof value.fullname === 'string' &&
    typeof value.role === 'string' &&
    typeof value.org_id === 'string'
  );
}

export function isSuccessResponse(value: unknown): value is SuccessResponse {
  return isRecord(value) && value.success === true;
}

export function isSuccessMessageResponse(value: unknown): value is SuccessMessageResponse {
  return isRecord(value) && value.success === true && typeof value.message === 'string';
}

export function isResendVerifyEmailResponse(value: unknown): value is ResendVerifyEmailResponse {
  return isRecord(value) && typeof value.statusCode === 'number' && typeof value.message === 'string';
}

export function isEnableTwoFactorResponse(value: unknown): value is EnableTwoFactorResponse {
  return (
    isRecord(value) &&
    isNonEmptyString(value.secret) &&
    typeof value.qrCode === 'string' &&
    isNonEmptyString(value.otpauth_url)
  );
}

export function isVerifyTwoFactorSetupResponse(value: unknown): value is VerifyTwoFactorSetupResponse {
  return isRecord(value) && value.success === true && isStringArray(value.recoveryCodes);
}

export function isRegenerateRecoveryCodesResponse(value: unknown): value is RegenerateRecoveryCodesResponse {
  return isRecord(value) && isStringArray(value.recoveryCodes);
}

export function isVerifyRecoveryCodeResponse(value: unknown): value is VerifyRecoveryCodeResponse {
  return (
    isRecord(value) &&
    isNonEmptyString(value.token) &&
    typeof value.remainingCodes === 'number' &&
    Number.isInteger(value.remainingCodes) &&
    value.remainingCodes >= 0
  );
}

const isNullableString = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';

export function isPasskey(value: unknown): value is Passkey {
  return (
    isRecord(value) &&
    isNonEmptyString(value.id) &&
    typeof value.name === 'string' &&
    isNonEmptyString(value.createdAt) &&
    isNullableString(value.lastUsedAt) &&
    typeof value.backedUp === 'boolean' &&
    isStringArray(value.transports)
  );
}

export function isVerifyPasskeyLoginResponse(value: unknown): value is VerifyPasskeyLoginResponse {
  return (
    isRecord(value) &&
    isNonEmptyString(value.token) &&
    (value.twoFactor === undefined || value.twoFactor === 'enabled' || value.twoFactor === 'disabled')
  );
}

export function isPasskeyAnswer(value: unknown): value is VerifyPasskeyRegistrationResponse {
  return isRecord(value) && isPasskey(value.passkey);
}

export function isListPasskeysResponse(value: unknown): value is ListPasskeysResponse {
  return isRecord(value) && Array.isArray(value.passkeys) && value.passkeys.every(isPasskey);
}

const isHtmlPage = (value: unknown): value is string => typeof value === 'string';

/**
 * Routes whose success the contract documents by status alone ("HTTP 200 when valid", "HTTP 200
 * on success"): any 2xx means success whatever its body says (empty, JSON or plain text such as
 * `OK`), and nothing reads that body.
 */
const statusOnlyRoutes: ReadonlySet<keyof RouteResponses> = new Set(['validate', 'changePassword']);

export function isStatusOnlyRoute(route: keyof RouteResponses): boolean {
  return statusOnlyRoutes.has(route);
}

/** One runtime guard per route: the single place that says what a valid success body is. */
export const responseGuards: { readonly [R in keyof RouteResponses]: Guard<RouteResponses[R]> } = {
  fooBar: isTokenResponse,
  signUp: isTokenResponse,
  login: isLoginResponse,
  validate: isAnything,
  me: isMeResponse,
  logout: isSuccessResponse,
  deleteUser: isSuccessMessageResponse,
  forgotPassword: isSuccessMessageResponse,
  resetPassword: isSuccessResponse,
  changePassword: isAnything,
  verifyEmail: isHtmlPage,
  resendVerifyEmail: isResendVerifyEmailResponse,
  enableTwoFactor: isEnableTwoFactorResponse,
  verifyTwoFactorSetup: isVerifyTwoFactorSetupResponse,
  disableTwoFactor: isSuccessResponse,
  verifyTwoFactor: isTokenResponse,
  sendBackupEmail: isSuccessMessageResponse,
  verifyEmailOtp: isTokenResponse,
  regenerateRecoveryCodes: isRegenerateRecoveryCodesResponse,
  verifyRecoveryCode: isVerifyRecoveryCodeResponse,
  passkeyRegistrationOptions: isPasskeyCreationOptions,
  verifyPasskeyRegistration: isPasskeyAnswer,
  listPasskeys: isListPasskeysResponse,
  renamePasskey: isPasskeyAnswer,
  deletePasskey: isSuccessResponse,
  passkeyLoginOptions: isPasskeyRequestOptions,
  verifyPasskeyLogin: isVerifyPasskeyLoginResponse,
};
