import { PASSWORD_SYMBOLS } from '@authflow-ui/contract';
import type { AuthLocalization } from './auth-localization.js';

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

export const enUSLocale: AuthLocalization['locale'] = { tag: 'en-US', direction: 'ltr' };

export const enUSCommon: AuthLocalization['common'] = {
  retry: 'Try again',
  continue: 'Continue',
  cancel: 'Cancel',
  back: 'Back',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copying is not available here. Select the text and copy it yourself.',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  backToSignIn: 'Back to sign in',
  rateLimitedCountdown: ({ seconds }) =>
    `You can try again in ${seconds} ${plural(seconds, 'second', 'seconds')}.`,
};

export const enUSFields: AuthLocalization['fields'] = {
  emailLabel: 'Email address',
  passwordLabel: 'Password',
  currentPasswordLabel: 'Current password',
  newPasswordLabel: 'New password',
  fullNameLabel: 'Full name',
  roleLabel: 'Role',
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  passwordRequired: 'Enter your password.',
  fullNameRequired: 'Enter your full name.',
  roleRequired: 'Choose a role.',
  passwordRuleUnmet: 'Choose a password that meets every requirement below.',
};

export const enUSPassword: AuthLocalization['password'] = {
  checklistTitle: 'Your password needs',
  requirementMet: 'done',
  requirementUnmet: 'not yet',
  length: 'At least 8 characters',
  letter: 'A capital letter',
  number: 'A number',
  symbol: `A symbol (${PASSWORD_SYMBOLS.split('').join(' ')})`,
};

export const enUSErrors: AuthLocalization['errors'] = {
  invalid_request: 'Something in the form is not right. Check your details and try again.',
  invalid_credentials: 'The details you entered are not correct.',
  user_not_found: 'We could not find that account.',
  user_exists: 'An account with this email address already exists.',
  weak_password: 'This password does not meet the requirements. Choose a stronger one.',
  invalid_code: 'That code is not correct. Check it and try again.',
  expired: 'This has expired. Start again.',
  session_expired: 'Your session has ended. Sign in again to continue.',
  forbidden: 'You do not have permission to do that.',
  reauthentication_required: 'For your security, confirm your password to continue.',
  not_found: 'We could not find what you asked for.',
  rate_limited: 'Too many attempts. Wait a moment, then try again.',
  configuration: 'Sign-in is not set up correctly on this site. Contact its support team.',
  network: 'We could not reach the server. Check your connection and try again.',
  timeout: 'The server took too long to answer. Try again.',
  aborted: 'The request was cancelled. Try again.',
  server: 'Something went wrong on our side. Try again in a moment.',
  invalid_response: 'The server sent an answer we could not read. Try again in a moment.',
  passkey_rejected: 'That passkey was not accepted. Try another one, or sign in with your password.',
  passkey_exists: 'This device already holds a passkey for your account.',
  passkey_cancelled: 'The passkey request was cancelled.',
  passkey_unsupported: 'This browser cannot use passkeys. Sign in with your password instead.',
};

export const enUSSignIn: AuthLocalization['signIn'] = {
  title: 'Sign in',
  subtitle: 'Welcome back. Sign in to continue.',
  submit: 'Sign in',
  submitting: 'Signing in…',
  forgotPassword: 'Forgot password?',
  noAccount: 'No account yet?',
  signUp: 'Create one',
  invalidCredentials: 'The email address or password is not correct.',
  challengeExpired: 'Your sign-in timed out. Enter your password again.',
  signedIn: 'You are signed in.',
};

export const enUSMfaChallenge: AuthLocalization['mfaChallenge'] = {
  totpTitle: 'Two-step verification',
  totpSubtitle: 'Enter the 6-digit code from your authenticator app.',
  emailTitle: 'Check your email',
  emailSubtitle: ({ email }) => `We sent a 6-digit code to ${email}.`,
  recoveryTitle: 'Use a recovery code',
  recoverySubtitle: 'Enter one of the recovery codes you saved when you set up two-step verification.',
  codeLabel: '6-digit code',
  recoveryCodeLabel: 'Recovery code',
  codeIncomplete: 'Enter all 6 digits of the code.',
  recoveryCodeRequired: 'Enter a recovery code.',
  submit: 'Verify',
  submitting: 'Verifying…',
  useEmail: 'Email me a code instead',
  useTotp: 'Use my authenticator app',
  useRecovery: 'Use a recovery code',
  sendingEmail: 'Sending the code…',
  emailSent: 'A new code is on its way.',
  resend: 'Send a new code',
  resendIn: ({ seconds }) => `Send a new code in ${seconds} s`,
  lowCodesTitle: 'You are running low on recovery codes',
  lowCodesBody: ({ remaining }) =>
    remaining === 0
      ? 'You have no recovery codes left. Create new ones now so you can still sign in if you lose your authenticator.'
      : `You have ${remaining} recovery ${plural(remaining, 'code', 'codes')} left. Create new ones so you can still sign in if you lose your authenticator.`,
  regenerateCodes: 'Create new recovery codes',
};

export const enUSSignUp: AuthLocalization['signUp'] = {
  title: 'Create your account',
  subtitle: 'It takes less than a minute.',
  consent: 'I agree to the terms of service and the privacy policy.',
  consentRequired: 'Accept the terms to create your account.',
  submit: 'Create account',
  submitting: 'Creating your account…',
  haveAccount: 'Already have an account?',
  signIn: 'Sign in',
  userExists: 'An account with this email address already exists.',
  signInInstead: 'Sign in instead',
  signedUp: 'Your account is ready.',
};

export const enUSMfaSetup: AuthLocalization['mfaSetup'] = {
  title: 'Two-step verification',
  intro:
    'Add a second step to your sign-in with an authenticator app such as 1Password, Google Authenticator or Authy.',
  start: 'Set up two-step verification',
  starting: 'Preparing…',
  scanInstructions: 'Scan this QR code with your authenticator app, then enter the 6-digit code it shows.',
  qrCodeAlt: 'QR code to add this account to your authenticator app',
  secretLabel: 'Cannot scan it? Enter this key instead',
  copySecret: 'Copy key',
  codeLabel: '6-digit code from the app',
  verify: 'Turn on',
  verifying: 'Checking the code…',
  enabledTitle: 'Two-step verification is on',
  enabledBody: 'Save your recovery codes now. Each one signs you in once if you lose your authenticator.',
  disable: 'Turn off two-step verification',
  disableTitle: 'Turn off two-step verification',
  disableBody: 'Enter your password to turn off two-step verification.',
  disableConfirm: 'Turn off',
  disabling: 'Turning off…',
  disabledBody: 'Two-step verification is off.',
  enabledIntro: 'Each sign-in asks for a code from your authenticator app after your password.',
  qrCodeUnavailable: 'The QR code could not be shown. Enter the key below in your app instead.',
};

export const enUSRecoveryCodes: AuthLocalization['recoveryCodes'] = {
  title: 'Recovery codes',
  description:
    'Each code signs you in once if you lose your authenticator. Keep them somewhere safe, like a password manager.',
  listLabel: 'Your recovery codes',
  copyAll: 'Copy all',
  download: 'Download .txt',
  print: 'Print',
  fileName: 'recovery-codes.txt',
  fileHeading: 'Recovery codes. Each code can be used once.',
  acknowledge: 'I have saved these codes',
  acknowledgeRequired: 'Confirm that you saved the codes.',
  done: 'Done',
  regenerate: 'Create new codes',
  regenerateTitle: 'Create new recovery codes',
  regenerateBody: 'Enter your password to create new codes. Your current codes will stop working.',
  regenerateConfirm: 'Create new codes',
  regenerating: 'Creating…',
  needsTwoFactor: 'Recovery codes come with two-step verification. Set it up first to get them.',
  remaining: ({ remaining }) =>
    `You have ${remaining} unused recovery ${plural(remaining, 'code', 'codes')} left.`,
};

export const enUSForgotPassword: AuthLocalization['forgotPassword'] = {
  title: 'Reset your password',
  subtitle: 'Enter your email address and we will send you a link to choose a new password.',
  submit: 'Send reset link',
  submitting: 'Sending…',
  sentTitle: 'Check your email',
  sentBody: ({ email }) =>
    `If an account exists for ${email}, we have sent it a link to reset the password. The link expires soon.`,
  sendAgain: 'Use a different email address',
};

export const enUSResetPassword: AuthLocalization['resetPassword'] = {
  title: 'Choose a new password',
  subtitle: 'Pick a password you do not use anywhere else.',
  submit: 'Save new password',
  submitting: 'Saving…',
  successTitle: 'Password changed',
  successBody: 'You can now sign in with your new password.',
  signIn: 'Sign in',
  missingToken: 'This reset link is incomplete. Open the link from your email again, or ask for a new one.',
  expiredTitle: 'This link has expired',
  expiredBody: 'Reset links work once and expire soon. Ask for a new one.',
  requestNewLink: 'Send me a new link',
};

export const enUSChangePassword: AuthLocalization['changePassword'] = {
  title: 'Change password',
  subtitle: 'Enter your current password, then choose a new one.',
  submit: 'Change password',
  submitting: 'Changing…',
  success: 'Your password has been changed.',
  incorrectCurrentPassword: 'Your current password is not correct.',
  otherDevicesSignedOut: 'Your other devices were signed out.',
};

export const enUSVerifyEmail: AuthLocalization['verifyEmail'] = {
  verifying: 'Verifying your email address…',
  successTitle: 'Email address verified',
  successBody: 'Thank you. Your email address is confirmed.',
  expiredTitle: 'This link has expired',
  expiredBody: 'Verification links work once and expire. Enter your email address to get a new one.',
  missingToken: 'This verification link is incomplete. Open the link from your email again.',
  resend: 'Send a new link',
  resending: 'Sending…',
  resent: ({ email }) => `If ${email} still needs verifying, a new link is on its way.`,
};

export const enUSUserButton: AuthLocalization['userButton'] = {
  openMenu: ({ name }) => `Account menu for ${name}`,
  manageMfa: 'Two-step verification',
  recoveryCodes: 'Recovery codes',
  changePassword: 'Change password',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  role: ({ role }) => `Role: ${role}`,
  lowCodes: ({ remaining }) => `${remaining} recovery ${plural(remaining, 'code', 'codes')} left`,
  devices: 'Devices',
  passkeys: 'Passkeys',
};

const relativeTime = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });

function lastSeen({ lastSeenAt, now }: { lastSeenAt: number; now: number }): string {
  const minutes = Math.round((lastSeenAt - now) / 60_000);
  if (minutes > -1) return 'Active now';
  if (minutes > -60) return `Last active ${relativeTime.format(minutes, 'minute')}`;
  const hours = Math.round(minutes / 60);
  if (hours > -24) return `Last active ${relativeTime.format(hours, 'hour')}`;
  return `Last active ${relativeTime.format(Math.round(hours / 24), 'day')}`;
}

export const enUSSessionList: AuthLocalization['sessionList'] = {
  title: 'Devices',
  subtitle: 'Where your account is signed in. Sign out of any device you do not recognize.',
  loading: 'Loading your devices…',
  device: ({ browser, os }) => `${browser ?? 'Unknown browser'} on ${os ?? 'an unknown system'}`,
  network: ({ network }) => `Network ${network}`,
  lastSeen,
  thisDevice: 'This device',
  revoke: 'Sign out',
  revoking: 'Signing out…',
  revokeOthers: 'Sign out of all other devices',
  revokingOthers: 'Signing out…',
  revoked: ({ device }) => `${device} was signed out.`,
  revokedOthers: ({ count }) =>
    count === 0
      ? 'No other device was signed in.'
      : `Signed out of ${count} other ${plural(count, 'device', 'devices')}.`,
  noOtherDevices: 'You are not signed in on any other device.',
  unsupported: 'This app does not keep a list of your devices.',
};

export const enUSReverification: AuthLocalization['reverification'] = {
  title: 'Confirm it’s you',
  passwordSubtitle: 'For your security, enter your password to continue.',
  submit: 'Confirm',
  submitting: 'Checking…',
  totpSubtitle: 'Enter the 6-digit code from your authenticator app.',
  emailSubtitle: ({ email }) => `Enter the 6-digit code we sent to ${email}.`,
  recoverySubtitle: 'Enter one of your recovery codes. Each code works once.',
  codeLabel: 'Verification code',
  recoveryCodeLabel: 'Recovery code',
  codeRequired: 'Enter the code.',
  useTotp: 'Use your authenticator app',
  useEmail: 'Email me a code',
  useRecovery: 'Use a recovery code',
  sendEmail: 'Send the code',
  emailSent: 'We sent a code to your email.',
};

export const enUSPasskeys: AuthLocalization['passkeys'] = {
  signIn: 'Sign in with a passkey',
  signingIn: 'Waiting for your passkey…',
  or: 'or',
  managerTitle: 'Passkeys',
  managerSubtitle: 'Sign in with your fingerprint, face or screen lock instead of your password.',
  add: 'Add a passkey',
  adding: 'Adding a passkey…',
  nameLabel: 'Name (optional)',
  nameRequired: 'Enter a name for this passkey.',
  empty: 'You have no passkeys yet.',
  listLabel: 'Your passkeys',
  createdAt: ({ date }) => `Added ${date}`,
  lastUsedAt: ({ date }) => `Last used ${date}`,
  neverUsed: 'Not used yet',
  synced: 'Synced',
  rename: 'Rename',
  renameLabel: ({ name }) => `New name for ${name}`,
  save: 'Save',
  remove: 'Remove',
  removeTitle: ({ name }) => `Remove ${name}`,
  removeConfirm: 'Enter your password to remove this passkey.',
  added: ({ name }) => `${name} was added.`,
  renamed: ({ name }) => `Renamed to ${name}.`,
  removed: ({ name }) => `${name} was removed.`,
  unsupported: 'This browser cannot use passkeys.',
  promptTitle: 'Add a passkey',
  promptBody: 'Next time, sign in with your fingerprint, face or screen lock. No password to remember.',
  promptDismiss: 'Not now',
};

/**
 * American English: the default words of every screen. Each screen imports only its own
 * sections, so an app bundles the words of the screens it uses.
 */
export const enUS: AuthLocalization = {
  locale: enUSLocale,
  common: enUSCommon,
  fields: enUSFields,
  password: enUSPassword,
  errors: enUSErrors,
  signIn: enUSSignIn,
  mfaChallenge: enUSMfaChallenge,
  signUp: enUSSignUp,
  mfaSetup: enUSMfaSetup,
  recoveryCodes: enUSRecoveryCodes,
  forgotPassword: enUSForgotPassword,
  resetPassword: enUSResetPassword,
  changePassword: enUSChangePassword,
  verifyEmail: enUSVerifyEmail,
  userButton: enUSUserButton,
  sessionList: enUSSessionList,
  reverification: enUSReverification,
  passkeys: enUSPasskeys,
};
