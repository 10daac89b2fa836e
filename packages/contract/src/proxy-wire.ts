import type { AuthErrorCode } from './errors.js';
import type {
  DeletePasskeyRequest,
  PasskeyAnswer,
  PasskeySignInOptionsRequest,
  PasskeysAnswer,
  RenamePasskeyRequest,
  VerifyPasskeyRegistrationRequest,
  VerifyPasskeySignInRequest,
} from './proxy-passkey-wire.js';
import type { RouteId } from './routes.js';
import type { PasskeyCreationOptions, PasskeyRequestOptions } from './webauthn-json.js';

/**
 * The wire between a browser and `@authflow-ui/proxy` (see `docs/proxy.md`).
 *
 * Every endpoint is `POST <basePath><path>` with a JSON body, three headers and the session cookie:
 * - `Content-Type: application/json` (optionally `; charset=utf-8`), anything else is refused with 415;
 * - `Origin` from the proxy's allow-list, and the custom header {@link proxyCsrfHeader} set to
 *   {@link proxyCsrfHeaderValue}; without both the proxy answers 403 (an HTML form can set neither);
 * - the proxy's HttpOnly cookie, which the browser sends by itself (`credentials: 'same-origin'`, or
 *   `'include'` when the proxy is on another origin of the same site).
 *
 * The endpoints are AuthFlow's ({@link proxyAuthFlowEndpoints}, every proxy serves them) and the
 * extension groups' (`proxyPasskeyEndpoints`, served only when AuthFlow advertises the group);
 * `proxyEndpoints` joins both. Browser code imports only the table it calls, so a page that never
 * runs a passkey action never downloads the passkey endpoints.
 *
 * Success answers are 200 with the JSON body listed in {@link ProxyResponses}. Failures carry a
 * {@link ProxyErrorBody} with a stable {@link AuthErrorCode}; 429 answers also send `Retry-After`.
 * No credential appears in a URL, and no answer carries the API key, the session JWT, the login
 * `tempToken` or the `fooBar` token.
 */

/** The custom header that marks a request as coming from the kit's own code, not from a form. */
export const proxyCsrfHeader = 'x-authflow-ui';

/** The only value {@link proxyCsrfHeader} may carry. */
export const proxyCsrfHeaderValue = '1';

/** Where the proxy answers unless it is configured with another `basePath`. */
export const defaultProxyBasePath = '/api/auth';

/** Ways to finish a sign-in that AuthFlow answered with `requires2FA`. */
export type MfaMethod = 'totp' | 'email' | 'recovery';

/** What each endpoint needs from the cookie before the proxy calls AuthFlow. */
export type ProxyRequirement =
  /** Nothing: the endpoint works signed out. */
  | 'none'
  /** A signed-in session; otherwise 401 `session_expired`. */
  | 'session'
  /**
   * A signed-in session whose person proved who they are (sign-in, second factor or
   * `/reauthenticate`) within the proxy's re-authentication window; otherwise 401
   * `session_expired`, or 403 `reauthentication_required` with no call to AuthFlow.
   */
  | 'recentSession'
  /** A sign-in waiting for its second factor; otherwise 401 `expired`, with no call to AuthFlow. */
  | 'pendingLogin'
  /**
   * A passkey challenge this browser's cookie asked for with `/passkeys/sign-in/options`, not yet
   * used; otherwise 401 `expired`, with no call to AuthFlow's passkey routes.
   */
  | 'passkeyChallenge';

/**
 * The rate-limit counters an endpoint counts against (per client address and per account).
 * `challengeEmails` (the code mailed during a pending sign-in) is apart from `emails` (anonymous
 * forgot-password and resend), so strangers asking for resets cannot stop the owner's code.
 */
export type ProxyRateLimitBucket = 'signIn' | 'signUp' | 'codes' | 'emails' | 'challengeEmails';

/** One field of a request body. */
export interface ProxyFieldSpec {
  readonly name: string;
  /** `object`: a JSON object, such as the WebAuthn credential of a passkey ceremony. */
  readonly type: 'string' | 'boolean' | 'object';
  /** Required strings must also be non-empty. */
  readonly required: boolean;
}

export interface ProxyEndpointSpec {
  /** Appended to the proxy's base path. */
  readonly path: string;
  readonly summary: string;
  readonly requires: ProxyRequirement;
  readonly rateLimit: ProxyRateLimitBucket | null;
  /** The request body's fields; a body with any other field is refused with 400. */
  readonly fields: readonly ProxyFieldSpec[];
  /** The AuthFlow routes the proxy calls for this endpoint, in order. */
  readonly upstream: readonly RouteId[];
}

const text = (name: string, required = true): ProxyFieldSpec => ({ name, type: 'string', required });

/**
 * Where each endpoint every proxy serves answers, under the base path. Browser code reads these
 * and not {@link proxyAuthFlowEndpoints}: summaries, fields, limits and upstream routes are the
 * proxy's concern, and leaving them out keeps them out of every page's bundle.
 */
export const proxyAuthFlowPaths = {
  capabilities: '/capabilities',
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

/** The endpoints every proxy serves: AuthFlow's own routes, and what the proxy itself keeps. */
export const proxyAuthFlowEndpoints = {
  capabilities: {
    path: proxyAuthFlowPaths.capabilities,
    summary: 'Sessions, and passkeys when AuthFlow’s GET / lists them.',
    requires: 'none',
    rateLimit: null,
    fields: [],
    upstream: [],
  },
  session: {
    path: proxyAuthFlowPaths.session,
    summary: 'Who is signed in. Confirms the session with AuthFlow; a rejected session ends it.',
    requires: 'none',
    rateLimit: null,
    fields: [],
    upstream: ['me'],
  },
  signUp: {
    path: proxyAuthFlowPaths.signUp,
    summary: 'Create an account with the pinned role and sign it in.',
    requires: 'none',
    rateLimit: 'signUp',
    fields: [
      text('email'),
      text('password'),
      text('fullname'),
      { name: 'disclaimed', type: 'boolean', required: false },
    ],
    upstream: ['fooBar', 'signUp', 'me'],
  },
  signIn: {
    path: proxyAuthFlowPaths.signIn,
    summary: 'Sign in with email and password: a session, or a second-factor challenge.',
    requires: 'none',
    rateLimit: 'signIn',
    fields: [text('email'), text('password')],
    upstream: ['fooBar', 'login', 'me'],
  },
  signOut: {
    path: proxyAuthFlowPaths.signOut,
    summary: 'End the session at AuthFlow and in the proxy, and clear the cookie.',
    requires: 'none',
    rateLimit: null,
    fields: [],
    upstream: ['logout'],
  },
  verifyTotp: {
    path: proxyAuthFlowPaths.verifyTotp,
    summary: 'Finish a pending sign-in with an authenticator code.',
    requires: 'pendingLogin',
    rateLimit: 'codes',
    fields: [text('code')],
    upstream: ['verifyTwoFactor', 'me'],
  },
  sendEmailCode: {
    path: proxyAuthFlowPaths.sendEmailCode,
    summary: 'Email a one-time code for the pending sign-in.',
    requires: 'pendingLogin',
    rateLimit: 'challengeEmails',
    fields: [],
    upstream: ['sendBackupEmail'],
  },
  verifyEmailCode: {
    path: proxyAuthFlowPaths.verifyEmailCode,
    summary: 'Finish a pending sign-in with the emailed code.',
    requires: 'pendingLogin',
    rateLimit: 'codes',
    fields: [text('code')],
    upstream: ['verifyEmailOtp', 'me'],
  },
  verifyRecoveryCode: {
    path: proxyAuthFlowPaths.verifyRecoveryCode,
    summary: 'Finish a pending sign-in with a recovery code.',
    requires: 'pendingLogin',
    rateLimit: 'codes',
    fields: [text('code')],
    upstream: ['verifyRecoveryCode', 'me'],
  },
  enableTwoFactor: {
    path: proxyAuthFlowPaths.enableTwoFactor,
    summary: 'Start authenticator set-up; the proxy keeps the secret for verify-setup.',
    requires: 'session',
    rateLimit: null,
    fields: [],
    upstream: ['enableTwoFactor'],
  },
  verifyTwoFactorSetup: {
    path: proxyAuthFlowPaths.verifyTwoFactorSetup,
    summary: 'Confirm set-up with a first code; the proxy supplies the secret it kept.',
    requires: 'session',
    rateLimit: 'codes',
    fields: [text('code')],
    upstream: ['verifyTwoFactorSetup'],
  },
  disableTwoFactor: {
    path: proxyAuthFlowPaths.disableTwoFactor,
    summary: 'Turn two-factor sign-in off (password confirmation).',
    requires: 'recentSession',
    rateLimit: 'signIn',
    fields: [text('password')],
    upstream: ['disableTwoFactor'],
  },
  regenerateRecoveryCodes: {
    path: proxyAuthFlowPaths.regenerateRecoveryCodes,
    summary: 'Replace the recovery codes (password confirmation).',
    requires: 'recentSession',
    rateLimit: 'signIn',
    fields: [text('password')],
    upstream: ['regenerateRecoveryCodes'],
  },
  changePassword: {
    path: proxyAuthFlowPaths.changePassword,
    summary: 'Change the signed-in user’s password.',
    requires: 'recentSession',
    rateLimit: 'signIn',
    fields: [text('oldPassword'), text('newPassword')],
    upstream: ['changePassword'],
  },
  forgotPassword: {
    path: proxyAuthFlowPaths.forgotPassword,
    summary: 'Ask for a reset email; always the same neutral confirmation.',
    requires: 'none',
    rateLimit: 'emails',
    fields: [text('email')],
    upstream: ['forgotPassword'],
  },
  resetPassword: {
    path: proxyAuthFlowPaths.resetPassword,
    summary: 'Set a new password with the token from the reset email.',
    requires: 'none',
    rateLimit: null,
    fields: [text('token'), text('newPassword')],
    upstream: ['resetPassword'],
  },
  verifyEmail: {
    path: proxyAuthFlowPaths.verifyEmail,
    summary: 'Verify an email address with the token from the verification email.',
    requires: 'none',
    rateLimit: null,
    fields: [text('token')],
    upstream: ['verifyEmail'],
  },
  resendVerificationEmail: {
    path: proxyAuthFlowPaths.resendVerificationEmail,
    summary: 'Send the verification email again; always the same neutral confirmation.',
    requires: 'none',
    rateLimit: 'emails',
    fields: [text('email')],
    upstream: ['fooBar', 'resendVerifyEmail'],
  },
  deleteUser: {
    path: proxyAuthFlowPaths.deleteUser,
    summary: 'Delete another user of the organization (organization owner only).',
    requires: 'recentSession',
    rateLimit: null,
    fields: [text('userEmail')],
    upstream: ['deleteUser'],
  },
  sessions: {
    path: proxyAuthFlowPaths.sessions,
    summary: 'The signed-in account’s sessions in this proxy, the current one marked.',
    requires: 'session',
    rateLimit: null,
    fields: [],
    upstream: ['me'],
  },
  revokeSession: {
    path: proxyAuthFlowPaths.revokeSession,
    summary: 'End another session of the account: AuthFlow logout, then the record.',
    requires: 'recentSession',
    rateLimit: null,
    fields: [text('id')],
    upstream: ['logout'],
  },
  revokeOtherSessions: {
    path: proxyAuthFlowPaths.revokeOtherSessions,
    summary: 'End every session of the account but this one.',
    requires: 'recentSession',
    rateLimit: null,
    fields: [],
    upstream: ['logout'],
  },
  reauthenticate: {
    path: proxyAuthFlowPaths.reauthenticate,
    summary: 'Prove who is signed in again with the password; a second-factor challenge when 2FA is on.',
    requires: 'session',
    rateLimit: 'signIn',
    fields: [text('password')],
    upstream: ['fooBar', 'login', 'logout'],
  },
  reauthenticateSendEmailCode: {
    path: proxyAuthFlowPaths.reauthenticateSendEmailCode,
    summary: 'Email a one-time code for the pending re-authentication.',
    requires: 'session',
    rateLimit: 'challengeEmails',
    fields: [],
    upstream: ['sendBackupEmail'],
  },
  reauthenticateVerifyTotp: {
    path: proxyAuthFlowPaths.reauthenticateVerifyTotp,
    summary: 'Finish a re-authentication with an authenticator code; the session stays the same.',
    requires: 'session',
    rateLimit: 'codes',
    fields: [text('code')],
    upstream: ['verifyTwoFactor', 'logout'],
  },
  reauthenticateVerifyEmailCode: {
    path: proxyAuthFlowPaths.reauthenticateVerifyEmailCode,
    summary: 'Finish a re-authentication with the emailed code.',
    requires: 'session',
    rateLimit: 'codes',
    fields: [text('code')],
    upstream: ['verifyEmailOtp', 'logout'],
  },
  reauthenticateVerifyRecoveryCode: {
    path: proxyAuthFlowPaths.reauthenticateVerifyRecoveryCode,
    summary: 'Finish a re-authentication with a recovery code.',
    requires: 'session',
    rateLimit: 'codes',
    fields: [text('code')],
    upstream: ['verifyRecoveryCode', 'logout'],
  },
} as const satisfies Record<string, ProxyEndpointSpec>;

export type ProxyAuthFlowEndpointId = keyof typeof proxyAuthFlowEndpoints;

// Request bodies. The browser never sends a role, an org id, a token other than one from an
// email link, or a TOTP secret: the proxy supplies those and refuses bodies that carry them.

/** `{}`: the endpoint reads only the cookie. */
export type EmptyRequest = Record<string, never>;

export interface SignUpRequest {
  email: string;
  password: string;
  fullname: string;
  /** Stored with the user record. Default: `true`. */
  disclaimed?: boolean;
}

export interface SignInRequest {
  email: string;
  password: string;
}

/** A one-time code; spaces and dashes are ignored. */
export interface CodeRequest {
  code: string;
}

export interface PasswordConfirmationRequest {
  password: string;
}

export interface ChangePasswordRequest {
  oldPassword: string;
  newPassword: string;
}

export interface EmailRequest {
  email: string;
}

export interface ResetPasswordRequest {
  token: string;
  newPassword: string;
}

export interface VerifyEmailRequest {
  token: string;
}

export interface DeleteUserRequest {
  userEmail: string;
}

/** A session's `id` from the `/sessions` list. */
export interface RevokeSessionRequest {
  id: string;
}

/** Each endpoint's request body, keyed by endpoint id. */
export interface ProxyRequests {
  capabilities: EmptyRequest;
  session: EmptyRequest;
  signUp: SignUpRequest;
  signIn: SignInRequest;
  signOut: EmptyRequest;
  verifyTotp: CodeRequest;
  sendEmailCode: EmptyRequest;
  verifyEmailCode: CodeRequest;
  verifyRecoveryCode: CodeRequest;
  enableTwoFactor: EmptyRequest;
  verifyTwoFactorSetup: CodeRequest;
  disableTwoFactor: PasswordConfirmationRequest;
  regenerateRecoveryCodes: PasswordConfirmationRequest;
  changePassword: ChangePasswordRequest;
  forgotPassword: EmailRequest;
  resetPassword: ResetPasswordRequest;
  verifyEmail: VerifyEmailRequest;
  resendVerificationEmail: EmailRequest;
  deleteUser: DeleteUserRequest;
  sessions: EmptyRequest;
  revokeSession: RevokeSessionRequest;
  revokeOtherSessions: EmptyRequest;
  reauthenticate: PasswordConfirmationRequest;
  reauthenticateSendEmailCode: EmptyRequest;
  reauthenticateVerifyTotp: CodeRequest;
  reauthenticateVerifyEmailCode: CodeRequest;
  reauthenticateVerifyRecoveryCode: CodeRequest;
  passkeySignInOptions: PasskeySignInOptionsRequest;
  verifyPasskeySignIn: VerifyPasskeySignInRequest;
  passkeyRegistrationOptions: EmptyRequest;
  verifyPasskeyRegistration: VerifyPasskeyRegistrationRequest;
  listPasskeys: EmptyRequest;
  renamePasskey: RenamePasskeyRequest;
  deletePasskey: DeletePasskeyRequest;
}

// Answers.

/** The signed-in user as AuthFlow's `/auth/me` describes them. */
export interface ProxyUser {
  email: string;
  fullname: string;
  role: string;
  orgId: string;
}

/**
 * Whether the signed-in user has two-step verification on. AuthFlow has no route that says, but
 * `login` answers `requires2FA` exactly when it is on: a session that began with a second factor
 * has it on, one that began with a plain sign-in or a sign-up has it off, and set-up and
 * disable change it.
 */
export type TwoFactorStatus = 'enabled' | 'disabled';

export interface SignedInAnswer {
  status: 'signedIn';
  user: ProxyUser;
  /** When the session ends, in milliseconds since the epoch (from the session token's `exp`). */
  expiresAt: number;
  twoFactor: TwoFactorStatus;
}

export interface SignedOutAnswer {
  status: 'signedOut';
}

/** The session endpoint's answer; also what sign-up and the MFA exchanges answer with. */
export type SessionAnswer = SignedInAnswer | SignedOutAnswer;

/** A sign-in waiting for a second factor. Its `tempToken` stays in the proxy. */
export interface ProxyMfaChallenge {
  email: string;
  methods: MfaMethod[];
  /** When the pending sign-in is forgotten, in milliseconds since the epoch. */
  expiresAt: number;
}

export type SignInAnswer =
  | { type: 'session'; session: SignedInAnswer }
  | { type: 'mfa'; challenge: ProxyMfaChallenge };

export interface RecoveryCodeSignInAnswer {
  session: SignedInAnswer;
  remainingCodes: number;
}

/**
 * The start of authenticator set-up. The secret is shown so people can type it into an app that
 * cannot scan; the proxy keeps its own copy and never takes one back from the browser.
 */
export interface TwoFactorSetupAnswer {
  secret: string;
  /** A `data:image/png;base64,` URL as AuthFlow sent it; show it only if it has that prefix. */
  qrCode: string;
  otpauthUrl: string;
}

export interface RecoveryCodesAnswer {
  recoveryCodes: string[];
}

export interface ConfirmationAnswer {
  success: true;
}

/**
 * A confirmation of a change that ended sessions: `'others'` after a password change, turning
 * two-factor sign-in off or removing a passkey (this browser stays signed in), `'all'` after a
 * password reset.
 */
export interface SessionsEndedAnswer {
  success: true;
  endedSessions: 'others' | 'all';
}

/** A browser the account is signed in on, as `/sessions` lists it. */
export interface DeviceSession {
  /** Opaque; pass it to `/sessions/revoke`. Never the cookie or anything derived from it. */
  id: string;
  /** Parsed from the `User-Agent` when the session started; `null` when unrecognized. */
  browser: string | null;
  os: string | null;
  /** The client address truncated to its network (`/24` for IPv4, `/48` for IPv6), or `null`. */
  network: string | null;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Updated at most once a minute. */
  lastSeenAt: number;
  /** The session of the browser that asked. */
  current: boolean;
}

/** Every session of the account: the current one first, then the others from the most recently seen. */
export interface SessionsAnswer {
  sessions: DeviceSession[];
}

export interface RevokedSessionsAnswer {
  success: true;
  /** How many sessions ended. */
  revoked: number;
}

/** The person proved who they are; sensitive endpoints accept this session until `validUntil`. */
export interface ReauthenticatedAnswer {
  status: 'reauthenticated';
  validUntil: number;
}

/** A re-authentication: done, or waiting for the second factor (the session stays as it is). */
export type ReauthenticateAnswer = ReauthenticatedAnswer | { status: 'mfa'; challenge: ProxyMfaChallenge };

/** A confirmation whose wording never depends on whether the account exists. */
export interface NeutralConfirmationAnswer {
  success: true;
  message: string;
}

/**
 * What the proxy offers, so a page learns it without AuthFlow's discovery document: sessions
 * (listing and ending them, re-authentication) always, passkeys when AuthFlow advertises them.
 */
export interface ProxyCapabilitiesAnswer {
  sessions: true;
  passkeys: boolean;
}

/** Each endpoint's success body, keyed by endpoint id. */
export interface ProxyResponses {
  capabilities: ProxyCapabilitiesAnswer;
  session: SessionAnswer;
  signUp: SignedInAnswer;
  signIn: SignInAnswer;
  signOut: SignedOutAnswer;
  verifyTotp: SignedInAnswer;
  sendEmailCode: NeutralConfirmationAnswer;
  verifyEmailCode: SignedInAnswer;
  verifyRecoveryCode: RecoveryCodeSignInAnswer;
  enableTwoFactor: TwoFactorSetupAnswer;
  verifyTwoFactorSetup: RecoveryCodesAnswer;
  disableTwoFactor: SessionsEndedAnswer;
  regenerateRecoveryCodes: RecoveryCodesAnswer;
  changePassword: SessionsEndedAnswer;
  forgotPassword: NeutralConfirmationAnswer;
  resetPassword: SessionsEndedAnswer;
  verifyEmail: ConfirmationAnswer;
  resendVerificationEmail: NeutralConfirmationAnswer;
  deleteUser: ConfirmationAnswer;
  sessions: SessionsAnswer;
  revokeSession: RevokedSessionsAnswer;
  revokeOtherSessions: RevokedSessionsAnswer;
  reauthenticate: ReauthenticateAnswer;
  reauthenticateSendEmailCode: NeutralConfirmationAnswer;
  reauthenticateVerifyTotp: ReauthenticatedAnswer;
  reauthenticateVerifyEmailCode: ReauthenticatedAnswer;
  reauthenticateVerifyRecoveryCode: ReauthenticatedAnswer;
  passkeySignInOptions: PasskeyRequestOptions;
  verifyPasskeySignIn: SignedInAnswer;
  passkeyRegistrationOptions: PasskeyCreationOptions;
  verifyPasskeyRegistration: PasskeyAnswer;
  listPasskeys: PasskeysAnswer;
  renamePasskey: PasskeyAnswer;
  deletePasskey: SessionsEndedAnswer;
}

/**
 * Every failure answer's body. The HTTP status follows the code (400 `invalid_request` and
 * `weak_password`, 401 `invalid_credentials`, `invalid_code`, `expired` and `session_expired`,
 * 403 `forbidden` and `reauthentication_required`, 404 `not_found` and `user_not_found`, 409
 * `user_exists`, 429 `rate_limited`, 502 `server`, `network`, `invalid_response` and `configuration`, 504 `timeout`), except that a
 * refused request format answers 405, 413 or 415 with `invalid_request`.
 */
export interface ProxyErrorBody {
  error: {
    code: AuthErrorCode;
    /** A message fit to show; never a server text, a credential or a token. */
    message: string;
    /** Seconds to wait, on `rate_limited` (also sent as `Retry-After`). */
    retryAfter?: number;
  };
}

/** The fixed confirmations that never reveal whether an account exists. */
export const proxyNeutralMessages = {
  forgotPassword: 'If an account exists for this email, a reset link has been sent.',
  resendVerificationEmail: 'If this account still needs verification, a new email has been sent.',
  sendEmailCode: 'A sign-in code has been sent to your email.',
} as const;
