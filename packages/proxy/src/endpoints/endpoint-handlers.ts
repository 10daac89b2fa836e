import type { ProxyEndpointId } from '@authflow-ui/contract';
import {
  handleChangePassword,
  handleDeleteUser,
  handleForgotPassword,
  handleResendVerificationEmail,
  handleResetPassword,
  handleVerifyEmail,
} from './account-endpoints.js';
import { handleCapabilities } from './capabilities-endpoint.js';
import {
  handleRevokeOtherSessions,
  handleRevokeSession,
  handleSessions,
} from './device-session-endpoints.js';
import type { EndpointHandler } from './endpoint-input.js';
import {
  handleSendEmailCode,
  handleVerifyEmailCode,
  handleVerifyRecoveryCode,
  handleVerifyTotp,
} from './mfa-challenge-endpoints.js';
import {
  handleDisableTwoFactor,
  handleEnableTwoFactor,
  handleRegenerateRecoveryCodes,
  handleVerifyTwoFactorSetup,
} from './mfa-settings-endpoints.js';
import {
  handleDeletePasskey,
  handleListPasskeys,
  handlePasskeyRegistrationOptions,
  handleRenamePasskey,
  handleVerifyPasskeyRegistration,
} from './passkey-account-endpoints.js';
import { handlePasskeySignInOptions, handleVerifyPasskeySignIn } from './passkey-sign-in-endpoints.js';
import {
  handleReauthenticate,
  handleReauthenticateSendEmailCode,
  handleReauthenticateVerifyEmailCode,
  handleReauthenticateVerifyRecoveryCode,
  handleReauthenticateVerifyTotp,
} from './reauthentication-endpoints.js';
import { handleSession, handleSignOut } from './session-endpoints.js';
import { handleSignIn, handleSignUp } from './sign-in-endpoints.js';

/** One handler per endpoint of the wire table. */
export const endpointHandlers: { readonly [E in ProxyEndpointId]: EndpointHandler<E> } = {
  capabilities: handleCapabilities,
  session: handleSession,
  signUp: handleSignUp,
  signIn: handleSignIn,
  signOut: handleSignOut,
  verifyTotp: handleVerifyTotp,
  sendEmailCode: handleSendEmailCode,
  verifyEmailCode: handleVerifyEmailCode,
  verifyRecoveryCode: handleVerifyRecoveryCode,
  enableTwoFactor: handleEnableTwoFactor,
  verifyTwoFactorSetup: handleVerifyTwoFactorSetup,
  disableTwoFactor: handleDisableTwoFactor,
  regenerateRecoveryCodes: handleRegenerateRecoveryCodes,
  changePassword: handleChangePassword,
  forgotPassword: handleForgotPassword,
  resetPassword: handleResetPassword,
  verifyEmail: handleVerifyEmail,
  resendVerificationEmail: handleResendVerificationEmail,
  deleteUser: handleDeleteUser,
  sessions: handleSessions,
  revokeSession: handleRevokeSession,
  revokeOtherSessions: handleRevokeOtherSessions,
  reauthenticate: handleReauthenticate,
  reauthenticateSendEmailCode: handleReauthenticateSendEmailCode,
  reauthenticateVerifyTotp: handleReauthenticateVerifyTotp,
  reauthenticateVerifyEmailCode: handleReauthenticateVerifyEmailCode,
  reauthenticateVerifyRecoveryCode: handleReauthenticateVerifyRecoveryCode,
  passkeySignInOptions: handlePasskeySignInOptions,
  verifyPasskeySignIn: handleVerifyPasskeySignIn,
  passkeyRegistrationOptions: handlePasskeyRegistrationOptions,
  verifyPasskeyRegistration: handleVerifyPasskeyRegistration,
  listPasskeys: handleListPasskeys,
  renamePasskey: handleRenamePasskey,
  deletePasskey: handleDeletePasskey,
};
