import type { PasskeyAuthenticationResponse, PasskeyRegistrationResponse } from './webauthn-json.js';

/**
 * Request parameters of each route, named exactly as the contract names them.
 * Every value of AuthFlow's own routes travels as a string: query parameters are strings on the
 * wire, and the contract's JSON bodies carry strings only. The `passkeys` extension adds the one
 * object parameter, `response`: a WebAuthn credential in its JSON form.
 */

export interface FooBarQuery {
  identity: string;
  api_key: string;
  role?: string;
}

export interface SignUpQuery {
  foobar: string;
  email: string;
  password: string;
  fullname: string;
  role: string;
  api_key: string;
  disclaimed: string;
}

export interface LoginQuery {
  foobar: string;
  email: string;
  password: string;
  api_key: string;
  role: string;
}

export interface ValidateQuery {
  sessionToken: string;
  email: string;
}

export interface MeQuery {
  sessionToken: string;
}

export interface LogoutQuery {
  sessionToken: string;
  email: string;
}

/** Sent with `Authorization: Bearer <sessionToken>`. */
export interface DeleteUserBody {
  email_owner: string;
  org_id: string;
  user_email: string;
}

export interface ForgotPasswordBody {
  email: string;
  api_key: string;
  role?: string;
}

export interface ResetPasswordBody {
  token: string;
  newPassword: string;
}

export interface ChangePasswordQuery {
  sessionToken: string;
  email: string;
  oldPassword: string;
  newPassword: string;
}

export interface VerifyEmailQuery {
  token: string;
}

export interface ResendVerifyEmailQuery {
  foobar: string;
  email: string;
  api_key: string;
  role?: string;
}

/** The identity fields every signed-in two-factor route repeats. */
export interface SessionIdentityBody {
  sessionToken: string;
  email: string;
  org_id: string;
  role: string;
}

export type EnableTwoFactorBody = SessionIdentityBody;

export interface VerifyTwoFactorSetupBody extends SessionIdentityBody {
  totpCode: string;
  secret: string;
}

export interface DisableTwoFactorBody extends SessionIdentityBody {
  password: string;
}

export interface RegenerateRecoveryCodesBody extends SessionIdentityBody {
  password: string;
}

/** The identity of a pending sign-in, as `/auth/login` returned it with `requires2FA`. */
export interface PendingLoginBody {
  email: string;
  org_id: string;
  role: string;
}

export interface VerifyTwoFactorBody extends PendingLoginBody {
  tempToken: string;
  totpCode: string;
}

export interface SendBackupEmailBody extends PendingLoginBody {
  tempToken: string;
}

export interface VerifyEmailOtpBody extends PendingLoginBody {
  emailOTP: string;
}

export interface VerifyRecoveryCodeBody extends PendingLoginBody {
  recoveryCode: string;
}

export type PasskeyRegistrationOptionsBody = SessionIdentityBody;

export interface VerifyPasskeyRegistrationBody extends SessionIdentityBody {
  response: PasskeyRegistrationResponse;
  name?: string;
}

export type ListPasskeysBody = SessionIdentityBody;

export interface RenamePasskeyBody extends SessionIdentityBody {
  id: string;
  name: string;
}

export interface DeletePasskeyBody extends SessionIdentityBody {
  id: string;
  password: string;
}

/** Without `email`, any discoverable passkey of the role may answer (usernameless sign-in). */
export interface PasskeyLoginOptionsBody {
  api_key: string;
  role: string;
  email?: string;
}

export interface VerifyPasskeyLoginBody {
  api_key: string;
  role: string;
  response: PasskeyAuthenticationResponse;
}

/** Each route's parameters, keyed by route id. */
export interface RouteRequests {
  fooBar: FooBarQuery;
  signUp: SignUpQuery;
  login: LoginQuery;
  validate: ValidateQuery;
  me: MeQuery;
  logout: LogoutQuery;
  deleteUser: DeleteUserBody;
  forgotPassword: ForgotPasswordBody;
  resetPassword: ResetPasswordBody;
  changePassword: ChangePasswordQuery;
  verifyEmail: VerifyEmailQuery;
  resendVerifyEmail: ResendVerifyEmailQuery;
  enableTwoFactor: EnableTwoFactorBody;
  verifyTwoFactorSetup: VerifyTwoFactorSetupBody;
  disableTwoFactor: DisableTwoFactorBody;
  verifyTwoFactor: VerifyTwoFactorBody;
  sendBackupEmail: SendBackupEmailBody;
  verifyEmailOtp: VerifyEmailOtpBody;
  regenerateRecoveryCodes: RegenerateRecoveryCodesBody;
  verifyRecoveryCode: VerifyRecoveryCodeBody;
  passkeyRegistrationOptions: PasskeyRegistrationOptionsBody;
  verifyPasskeyRegistration: VerifyPasskeyRegistrationBody;
  listPasskeys: ListPasskeysBody;
  renamePasskey: RenamePasskeyBody;
  deletePasskey: DeletePasskeyBody;
  passkeyLoginOptions: PasskeyLoginOptionsBody;
  verifyPasskeyLogin: VerifyPasskeyLoginBody;
}
