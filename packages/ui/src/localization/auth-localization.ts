import type { AuthErrorCode, PasswordRequirement } from '@authflow-ui/contract';

/**
 * Every word the kit shows, grouped by screen. Two levels only (section, then text), so an
 * override is a plain object and merging stays obvious. Texts that need a value are functions,
 * which lets a translation handle plurals and word order its own way.
 */
export interface AuthLocalization {
  /**
   * The language of the texts: its BCP 47 tag (`lang` on each screen's root, and the locale of
   * numbers and plurals) and its writing direction (`dir` on each screen's root).
   */
  locale: {
    tag: string;
    direction: 'ltr' | 'rtl';
  };
  common: {
    retry: string;
    continue: string;
    cancel: string;
    back: string;
    copy: string;
    copied: string;
    copyFailed: string;
    showPassword: string;
    hidePassword: string;
    backToSignIn: string;
    /** Announced while a rate limit runs; the submit button stays disabled until it ends. */
    rateLimitedCountdown: (values: { seconds: number }) => string;
  };
  fields: {
    emailLabel: string;
    passwordLabel: string;
    currentPasswordLabel: string;
    newPasswordLabel: string;
    fullNameLabel: string;
    roleLabel: string;
    emailRequired: string;
    emailInvalid: string;
    passwordRequired: string;
    fullNameRequired: string;
    roleRequired: string;
    passwordRuleUnmet: string;
  };
  password: {
    checklistTitle: string;
    requirementMet: string;
    requirementUnmet: string;
  } & Record<PasswordRequirement, string>;
  /** One human message for every failure code the client reports. */
  errors: Record<AuthErrorCode, string>;
  signIn: {
    title: string;
    subtitle: string;
    submit: string;
    submitting: string;
    forgotPassword: string;
    noAccount: string;
    signUp: string;
    /** Shown for an unknown email and a wrong password alike, so answers reveal no accounts. */
    invalidCredentials: string;
    challengeExpired: string;
    signedIn: string;
  };
  mfaChallenge: {
    totpTitle: string;
    totpSubtitle: string;
    emailTitle: string;
    emailSubtitle: (values: { email: string }) => string;
    recoveryTitle: string;
    recoverySubtitle: string;
    codeLabel: string;
    recoveryCodeLabel: string;
    codeIncomplete: string;
    recoveryCodeRequired: string;
    submit: string;
    submitting: string;
    useEmail: string;
    useTotp: string;
    useRecovery: string;
    sendingEmail: string;
    emailSent: string;
    resend: string;
    resendIn: (values: { seconds: number }) => string;
    lowCodesTitle: string;
    lowCodesBody: (values: { remaining: number }) => string;
    regenerateCodes: string;
  };
  signUp: {
    title: string;
    subtitle: string;
    consent: string;
    consentRequired: string;
    submit: string;
    submitting: string;
    haveAccount: string;
    signIn: string;
    userExists: string;
    signInInstead: string;
    signedUp: string;
  };
  mfaSetup: {
    title: string;
    intro: string;
    start: string;
    starting: string;
    scanInstructions: string;
    qrCodeAlt: string;
    secretLabel: string;
    copySecret: string;
    codeLabel: string;
    verify: string;
    verifying: string;
    enabledTitle: string;
    enabledBody: string;
    disable: string;
    disableTitle: string;
    disableBody: string;
    disableConfirm: string;
    disabling: string;
    disabledBody: string;
    /** What the screen says while two-step verification is on. */
    enabledIntro: string;
    qrCodeUnavailable: string;
  };
  recoveryCodes: {
    title: string;
    description: string;
    listLabel: string;
    copyAll: string;
    download: string;
    print: string;
    fileName: string;
    fileHeading: string;
    acknowledge: string;
    acknowledgeRequired: string;
    done: string;
    regenerate: string;
    regenerateTitle: string;
    regenerateBody: string;
    regenerateConfirm: string;
    regenerating: string;
    /** Shown instead of the form while two-step verification is off: there are no codes to replace. */
    needsTwoFactor: string;
    /** How many unused codes are left, when a recovery-code sign-in or a set-up told us. */
    remaining: (values: { remaining: number }) => string;
  };
  forgotPassword: {
    title: string;
    subtitle: string;
    submit: string;
    submitting: string;
    sentTitle: string;
    sentBody: (values: { email: string }) => string;
    sendAgain: string;
  };
  resetPassword: {
    title: string;
    subtitle: string;
    submit: string;
    submitting: string;
    successTitle: string;
    successBody: string;
    signIn: string;
    missingToken: string;
    expiredTitle: string;
    expiredBody: string;
    requestNewLink: string;
  };
  changePassword: {
    title: string;
    subtitle: string;
    submit: string;
    submitting: string;
    success: string;
    incorrectCurrentPassword: string;
    /** Added to `success` in proxy mode, where a password change ends the account's other sessions. */
    otherDevicesSignedOut: string;
  };
  verifyEmail: {
    verifying: string;
    successTitle: string;
    successBody: string;
    expiredTitle: string;
    expiredBody: string;
    missingToken: string;
    resend: string;
    resending: string;
    resent: (values: { email: string }) => string;
  };
  userButton: {
    openMenu: (values: { name: string }) => string;
    manageMfa: string;
    /** The recovery codes item while two-step verification is on. */
    recoveryCodes: string;
    changePassword: string;
    signOut: string;
    signingOut: string;
    role: (values: { role: string }) => string;
    lowCodes: (values: { remaining: number }) => string;
    devices: string;
    /** The passkeys item, shown only when the backend serves passkeys. */
    passkeys: string;
  };
  sessionList: {
    title: string;
    subtitle: string;
    loading: string;
    /** The browser and system names come from the proxy; either may be unknown (`null`). */
    device: (values: { browser: string | null; os: string | null }) => string;
    /** The network the session started from, such as `203.0.113.0/24`. */
    network: (values: { network: string }) => string;
    /** Relative time of the last request; `now` and `lastSeenAt` are epoch milliseconds. */
    lastSeen: (values: { lastSeenAt: number; now: number }) => string;
    thisDevice: string;
    /** The revoke button's text; its accessible name adds the device. */
    revoke: string;
    revoking: string;
    revokeOthers: string;
    revokingOthers: string;
    revoked: (values: { device: string }) => string;
    revokedOthers: (values: { count: number }) => string;
    noOtherDevices: string;
    /** Shown where the backend keeps no session list (direct mode against AuthFlow). */
    unsupported: string;
  };
  reverification: {
    title: string;
    passwordSubtitle: string;
    submit: string;
    submitting: string;
    totpSubtitle: string;
    emailSubtitle: (values: { email: string }) => string;
    recoverySubtitle: string;
    codeLabel: string;
    recoveryCodeLabel: string;
    codeRequired: string;
    useTotp: string;
    useEmail: string;
    useRecovery: string;
    sendEmail: string;
    emailSent: string;
  };
  /** Passkey sign-in, `<PasskeyManager>` and the "Add a passkey" prompt. */
  passkeys: {
    signIn: string;
    signingIn: string;
    /** Between the password form and the passkey button. */
    or: string;
    managerTitle: string;
    managerSubtitle: string;
    add: string;
    adding: string;
    nameLabel: string;
    nameRequired: string;
    empty: string;
    listLabel: string;
    createdAt: (values: { date: string }) => string;
    lastUsedAt: (values: { date: string }) => string;
    neverUsed: string;
    synced: string;
    rename: string;
    renameLabel: (values: { name: string }) => string;
    save: string;
    remove: string;
    removeTitle: (values: { name: string }) => string;
    removeConfirm: string;
    added: (values: { name: string }) => string;
    renamed: (values: { name: string }) => string;
    removed: (values: { name: string }) => string;
    unsupported: string;
    promptTitle: string;
    promptBody: string;
    promptDismiss: string;
  };
}

/** Any subset of the texts, per section: what the `localization` prop accepts. */
export type LocalizationOverrides = {
  [Section in keyof AuthLocalization]?: Partial<AuthLocalization[Section]>;
};
