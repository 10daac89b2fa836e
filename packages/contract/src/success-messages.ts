/**
 * Success texts the contract documents verbatim. forgot-password's text is the same whether or not
 * the account exists, which is what keeps that route enumeration-safe.
 */
export const successMessages = {
  resetLinkSent: 'If an account exists for this email, a reset link has been sent.',
  verificationEmailSent: 'Verification email sent.',
  emailOtpSent: 'OTP sent to your email',
  userDeleted: 'User deleted successfully',
} as const;

export type SuccessMessage = (typeof successMessages)[keyof typeof successMessages];
