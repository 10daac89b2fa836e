import type { DeviceSession, MfaMethod } from '@authflow-ui/contract';
import type { CallOptions } from './auth-client.js';

export type { DeviceSession };

/** The signed-in account's sessions. Needs `capabilities().sessions`; otherwise rejects with `configuration`. */
export interface SessionsActions {
  /** This browser's session first (`current: true`), then the others from the most recently seen. */
  list(options?: CallOptions): Promise<DeviceSession[]>;
  /**
   * Ends another session; its browser is signed out on its next request. May reject with
   * `reauthentication_required`; `not_found` when the id is unknown or already ended.
   */
  revoke(id: string, options?: CallOptions): Promise<void>;
  /** Ends every session but this one; resolves with how many ended. May reject with `reauthentication_required`. */
  revokeOthers(options?: CallOptions): Promise<{ revoked: number }>;
}

/** The person proved who they are; sensitive actions are allowed until `validUntil` (epoch milliseconds). */
export interface Reauthenticated {
  type: 'reauthenticated';
  validUntil: number;
}

/** A re-authentication waiting for a second factor; the session itself stays as it is. */
export interface ReauthenticationChallenge {
  email: string;
  methods: MfaMethod[];
  /** When the proxy forgets the pending re-authentication (epoch milliseconds, proxy clock). */
  expiresAt: number;
}

export type ReauthenticationResult = Reauthenticated | { type: 'mfa'; challenge: ReauthenticationChallenge };

/** The second factor of a re-authentication that answered `mfa`. */
export interface ReauthenticationActions {
  /** An authenticator code; spaces, dashes and full-width digits are cleaned out. */
  verifyTotp(code: string, options?: CallOptions): Promise<Reauthenticated>;
  /** Emails a one-time code; resolves with when it was sent. */
  sendEmailCode(options?: CallOptions): Promise<{ sentAt: number }>;
  verifyEmailCode(code: string, options?: CallOptions): Promise<Reauthenticated>;
  /** Spends a recovery code (`AB12-CD34` works). */
  verifyRecoveryCode(code: string, options?: CallOptions): Promise<Reauthenticated>;
}
