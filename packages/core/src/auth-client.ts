import type { DiscoveryDocument, Passkey } from '@authflow-ui/contract';
import type { ReauthenticationActions, ReauthenticationResult, SessionsActions } from './account-security.js';
import type { MfaChallenge } from './mfa-challenge.js';
import type { AuthUser, Session } from './session.js';
import type { SessionStoreApi } from './session-store.js';
import type { TransportMode } from './transport.js';

/** Accepted by every client method as its last argument. */
export interface CallOptions {
  /** Aborting it rejects the call with `AuthError` code `aborted`. */
  signal?: AbortSignal;
}

export interface SignUpInput {
  email: string;
  password: string;
  fullname: string;
  /** Default: the client's `role`. */
  role?: string;
  /** Stored with the user record (the contract's `disclaimed`). Default `true`. */
  disclaimed?: boolean;
}

export interface SignInInput {
  email: string;
  password: string;
  /** Default: the client's `role`. */
  role?: string;
}

/** A password sign-in ends in a session, or in a challenge for a second factor. */
export type SignInResult = { type: 'session'; session: Session } | { type: 'mfa'; challenge: MfaChallenge };

/** What `/auth/2fa/enable` hands out for the authenticator app. */
export interface TotpEnrollment {
  /** Base32 TOTP secret, to type in by hand. */
  secret: string;
  /** The QR code as AuthFlow sent it; show it only if it is a `data:image/png;base64,` URL. */
  qrCode: string;
  otpauthUrl: string;
}

export interface RecoveryCodes {
  recoveryCodes: string[];
}

export interface RecoverySignIn {
  session: Session;
  /** Recovery codes left after this one. */
  remainingCodes: number;
}

/** `valid` on 200, `invalid` on 401, `unknown` when AuthFlow could not say (network, timeout, 5xx, 429). */
export type SessionValidity = 'valid' | 'invalid' | 'unknown';

export interface MfaActions {
  /** Checks an authenticator code; spaces, dashes and full-width digits are cleaned out (`123 456` works); nothing else is changed. */
  verifyTotp(challenge: MfaChallenge, code: string, options?: CallOptions): Promise<Session>;
  /** Emails a one-time code for the pending sign-in; resolves with when it was sent. */
  sendEmailCode(challenge: MfaChallenge, options?: CallOptions): Promise<{ sentAt: number }>;
  /** Checks an emailed code, cleaned as for `verifyTotp`. */
  verifyEmailCode(challenge: MfaChallenge, code: string, options?: CallOptions): Promise<Session>;
  /** Signs in with a recovery code; `code` is sent through `normalizeRecoveryCode`, so `AB12-CD34` works. */
  verifyRecoveryCode(challenge: MfaChallenge, code: string, options?: CallOptions): Promise<RecoverySignIn>;
  /** Starts TOTP set-up for the signed-in user; 2FA is on only after `verifySetup`. */
  enable(options?: CallOptions): Promise<TotpEnrollment>;
  /** Confirms set-up with a first authenticator code (cleaned as for `verifyTotp`). */
  verifySetup(input: { secret: string; code: string }, options?: CallOptions): Promise<RecoveryCodes>;
  disable(input: { password: string }, options?: CallOptions): Promise<void>;
  regenerateRecoveryCodes(input: { password: string }, options?: CallOptions): Promise<RecoveryCodes>;
}

/**
 * What the backend offers beyond AuthFlow's 20 routes. Against plain AuthFlow every capability is
 * `false`, and the UI shows none of them.
 */
export interface AuthCapabilities {
  /** Listing and ending the account's sessions, and re-authentication (`@authflow-ui/proxy`). */
  sessions: boolean;
  /** The backend lists the `passkeys` group (`docs/passkeys.md`) and this client can reach it. */
  passkeys: boolean;
}

/** `unsupported`: no WebAuthn here. `autofill`: passkeys can also be offered in the email field's autofill. */
export type PasskeySupport = 'unsupported' | 'supported' | 'autofill';

export interface PasskeySignInInput {
  /** Offer only this account's passkeys. Default: any passkey of the site (usernameless). */
  email?: string;
  /**
   * Wait for the person to pick a passkey from the browser's autofill (conditional UI) instead of
   * opening a prompt; needs an input with `autocomplete="username webauthn"`. Abort it through
   * `signal` when the page moves on. Default `false`.
   */
  conditional?: boolean;
  /** Default: the client's `role`. */
  role?: string;
}

/**
 * Passkeys, on a backend that serves the `passkeys` group. Browser failures reject with the codes
 * `passkey_cancelled` (the person closed the prompt: not an error to show), `passkey_exists`,
 * `passkey_unsupported`; the backend's refusals with `passkey_rejected`, `expired` and the usual codes.
 */
export interface PasskeyActions {
  /** Whether this host has WebAuthn at all: a cheap check that loads and asks nothing. */
  isAvailable(): boolean;
  /** Whether this browser can use passkeys, and offer them in autofill (loads the WebAuthn library). */
  support(): Promise<PasskeySupport>;
  /** Signs in with a passkey: a session at once, never a second-factor challenge. */
  signIn(input?: PasskeySignInInput, options?: CallOptions): Promise<Session>;
  /** Creates a passkey for the signed-in user and saves it under `name` (trimmed; default chosen by the backend). */
  register(input?: { name?: string }, options?: CallOptions): Promise<Passkey>;
  list(options?: CallOptions): Promise<Passkey[]>;
  rename(input: { id: string; name: string }, options?: CallOptions): Promise<Passkey>;
  /** Removes a passkey; the password confirms it is the account's owner. */
  remove(input: { id: string; password: string }, options?: CallOptions): Promise<void>;
}

/** The AuthFlow client. Every method rejects only with `AuthError`. */
export interface AuthClient {
  /**
   * `direct`: this client holds the session JWT. `proxy`: `@authflow-ui/proxy` holds it behind a
   * cookie, so after a reload only `loadSession()` can tell who is signed in.
   */
  readonly mode: TransportMode;
  signUp(input: SignUpInput, options?: CallOptions): Promise<Session>;
  signIn(input: SignInInput, options?: CallOptions): Promise<SignInResult>;
  mfa: MfaActions;
  /** Reloads the signed-in user; a 401 signs out. */
  me(options?: CallOptions): Promise<AuthUser>;
  /** Asks AuthFlow whether the session still holds; a 401 signs out, a network failure never does. */
  validate(options?: CallOptions): Promise<SessionValidity>;
  /**
   * Asks who is signed in and records the answer in `session`: call it once on start. In `proxy`
   * mode it reads the proxy's `session` endpoint (its cookie names the session, which it confirms
   * with AuthFlow); in `direct` mode it confirms the stored token with `me`. Resolves with the
   * session, or `null` (and signs out) when there is none; a network failure rejects and keeps
   * the current state.
   */
  loadSession(options?: CallOptions): Promise<Session | null>;
  /** Forgets the session here and in other tabs at once, then tells AuthFlow. Never rejects. */
  signOut(options?: CallOptions): Promise<void>;
  changePassword(input: { oldPassword: string; newPassword: string }, options?: CallOptions): Promise<void>;
  /** Resolves the same whether or not the account exists. */
  forgotPassword(input: { email: string; role?: string }, options?: CallOptions): Promise<void>;
  resetPassword(input: { token: string; newPassword: string }, options?: CallOptions): Promise<void>;
  verifyEmail(input: { token: string }, options?: CallOptions): Promise<void>;
  resendVerificationEmail(input: { email: string; role?: string }, options?: CallOptions): Promise<void>;
  /** Deletes a member of the signed-in owner's organization. */
  deleteUser(input: { userEmail: string }, options?: CallOptions): Promise<void>;
  /** `GET /` on AuthFlow: which routes it serves. */
  discover(options?: CallOptions): Promise<DiscoveryDocument>;
  /** The signed-in account's sessions on every device (proxy mode; see `capabilities()`). */
  sessions: SessionsActions;
  /**
   * Proves who is signed in again, for actions that answered `reauthentication_required`. Resolves
   * `reauthenticated`, or `mfa` when the account has two-factor sign-in on: then finish with
   * `reauthentication`. The session stays the same either way. A wrong password rejects with
   * `invalid_credentials`.
   */
  reauthenticate(input: { password: string }, options?: CallOptions): Promise<ReauthenticationResult>;
  /** The second factor of a re-authentication that answered `mfa`. */
  reauthentication: ReauthenticationActions;
  /**
   * What the backend offers beyond AuthFlow's routes. Proxy mode: sessions, without asking. Direct
   * mode: read from the discovery document (`GET /`), asked once and remembered (a failed attempt
   * is not); never probed by trying a call.
   */
  capabilities(options?: CallOptions): Promise<AuthCapabilities>;
  passkeys: PasskeyActions;
  /** The session store: `getState()`, `subscribe()`. */
  session: SessionStoreApi;
  /** Stops the expiry timer and leaves the cross-tab channel. */
  destroy(): void;
}
