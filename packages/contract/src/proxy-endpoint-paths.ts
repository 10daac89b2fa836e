/**
 * Where each proxy endpoint answers, below the proxy's base path. Apart from the rest of the wire
 * table (`proxyEndpoints`: fields, rate limits, upstream routes), which only the proxy needs, so a
 * browser client carries the paths alone.
 */
export const proxyEndpointPaths = {
  session: '/session',
  signUp: '/sign-up',
  signIn: '/sign-in',
  signOut: '/sign-out',
  verifyTotp: '/mfa/verify-totp',
  sendEmailCode: '/mfa/send-email-code',
  verifyEmailCode: '/mfa/verify-email-code',
  verifyRecoveryCode: '/mfa/verify-recovery-code',
  enableTwoFactor: '/mfa/enable',
  verifyTwoFactorSetup: '/mfa/verify-setup',
  disableTwoFactor: '/mfa/disable',
  regenerateRecoveryCodes: '/mfa/recovery-codes',
  changePassword: '/change-password',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  verifyEmail: '/verify-email',
  resendVerificationEmail: '/resend-verification-email',
  deleteUser: '/delete-user',
  sessions: '/sessions',
  revokeSession: '/sessions/revoke',
  revokeOtherSessions: '/sessions/revoke-others',
  reauthenticate: '/reauthenticate',
  reauthenticateSendEmailCode: '/reauthenticate/send-email-code',
  reauthenticateVerifyTotp: '/reauthenticate/verify-totp',
  reauthenticateVerifyEmailCode: '/reauthenticate/verify-email-code',
  reauthenticateVerifyRecoveryCode: '/reauthenticate/verify-recovery-code',
} as const;
