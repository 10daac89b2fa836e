import type { DiscoveryDocument, TwoFactorStatus } from '@authflow-ui/contract';
import type { AccountSecurityTransport } from './account-security-transport.js';
import type { AuthCapabilities, RecoveryCodes, TotpEnrollment } from './auth-client.js';
import type { MfaChallenge } from './mfa-challenge.js';
import type { PasskeyTransport } from './passkey-transport.js';
import type { AuthUser } from './session.js';

/**
 * How the client reaches AuthFlow. `direct` calls the contract routes itself (servers, the
 * mock); `proxy` talks to `@authflow-ui/proxy`, which holds the key and the token (browsers).
 */
export type TransportMode = 'direct' | 'proxy';

/** Options every transport operation takes. */
export interface TransportCallOptions {
  signal?: AbortSignal | undefined;
}

/** Who is signed in, until when (epoch milliseconds, `null` when unknown) and with which sign-in. */
export interface ConfirmedSession {
  user: AuthUser;
  expiresAt: number | null;
  twoFactor: TwoFactorStatus;
}

/** What a successful sign-in step yields: the JWT in `direct` mode, `null` when a server keeps it. */
export interface SessionGrant {
  token: string | null;
  /** The session as the server already described it (proxy answers do); absent, the client asks `me`. */
  confirmed?: ConfirmedSession;
}

/** The signed-in identity that signed-in operations repeat (AuthFlow asks for it on every call). */
export interface SessionCredentials extends SessionGrant {
  user: AuthUser;
  twoFactor: TwoFactorStatus;
}

export type SignInOutcome =
  | { type: 'session'; grant: SessionGrant }
  | { type: 'mfa'; challenge: MfaChallenge };

/**
 * The operations the client needs, in the contract's terms but free of HTTP details, so a
 * proxy transport can replace the direct one. Every rejection is an `AuthError`.
 */
export interface Transport {
  readonly mode: TransportMode;
  signUp(
    input: { email: string; password: string; fullname: string; role: string; disclaimed: boolean },
    options: TransportCallOptions,
  ): Promise<SessionGrant>;
  signIn(
    input: { email: string; password: string; role: string },
    options: TransportCallOptions,
  ): Promise<SignInOutcome>;
  verifyTotp(challenge: MfaChallenge, code: string, options: TransportCallOptions): Promise<SessionGrant>;
  sendEmailCode(challenge: MfaChallenge, options: TransportCallOptions): Promise<void>;
  verifyEmailCode(
    challenge: MfaChallenge,
    code: string,
    options: TransportCallOptions,
  ): Promise<SessionGrant>;
  verifyRecoveryCode(
    challenge: MfaChallenge,
    code: string,
    options: TransportCallOptions,
  ): Promise<SessionGrant & { remainingCodes: number }>;
  me(grant: SessionGrant, options: TransportCallOptions): Promise<AuthUser>;
  /**
   * The current session as the server sees it, `null` when there is none. `current` is what this
   * client holds (the proxy ignores it: its cookie names the session).
   */
  loadSession(
    current: SessionCredentials | null,
    options: TransportCallOptions,
  ): Promise<ConfirmedSession | null>;
  /** Resolves when AuthFlow says the session is valid. */
  validate(session: SessionCredentials, options: TransportCallOptions): Promise<void>;
  /**
   * Ends the session on the server. `null` when this client holds none: the proxy is still told,
   * since its cookie may name a session (or a pending sign-in) this page has not loaded yet.
   */
  logout(session: SessionCredentials | null, options: TransportCallOptions): Promise<void>;
  enableTwoFactor(session: SessionCredentials, options: TransportCallOptions): Promise<TotpEnrollment>;
  verifyTwoFactorSetup(
    session: SessionCredentials,
    input: { secret: string; code: string },
    options: TransportCallOptions,
  ): Promise<RecoveryCodes>;
  disableTwoFactor(
    session: SessionCredentials,
    input: { password: string },
    options: TransportCallOptions,
  ): Promise<void>;
  regenerateRecoveryCodes(
    session: SessionCredentials,
    input: { password: string },
    options: TransportCallOptions,
  ): Promise<RecoveryCodes>;
  changePassword(
    session: SessionCredentials,
    input: { oldPassword: string; newPassword: string },
    options: TransportCallOptions,
  ): Promise<void>;
  forgotPassword(input: { email: string; role: string }, options: TransportCallOptions): Promise<void>;
  resetPassword(input: { token: string; newPassword: string }, options: TransportCallOptions): Promise<void>;
  verifyEmail(input: { token: string }, options: TransportCallOptions): Promise<void>;
  resendVerificationEmail(
    input: { email: string; role: string },
    options: TransportCallOptions,
  ): Promise<void>;
  deleteUser(
    session: SessionCredentials,
    input: { userEmail: string },
    options: TransportCallOptions,
  ): Promise<void>;
  discover(options: TransportCallOptions): Promise<DiscoveryDocument>;
  /** What the backend offers: from the discovery document directly, from `/capabilities` through the proxy. */
  capabilities(options: TransportCallOptions): Promise<AuthCapabilities>;
  /** Sessions and re-authentication, or `null` where the backend keeps no sessions (plain AuthFlow). */
  readonly accountSecurity: AccountSecurityTransport | null;
  /**
   * The `passkeys` group's operations, loaded by the first passkey action (the proxy's come in a
   * chunk of their own). Call it only where `capabilities()` says passkeys are served.
   */
  passkeys(): Promise<PasskeyTransport>;
}
