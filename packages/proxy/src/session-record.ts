import {
  isProxyUser,
  isRecord,
  isTwoFactorStatus,
  type ProxyUser,
  type TwoFactorStatus,
} from '@authflow-ui/contract';

/** A sign-in that AuthFlow answered with `requires2FA`, waiting for its second factor. */
export interface PendingLoginRecord {
  kind: 'pendingLogin';
  tempToken: string;
  email: string;
  orgId: string;
  role: string;
  expiresAt: number;
}

export interface SignedInRecord {
  kind: 'signedIn';
  /** The AuthFlow session JWT; it never leaves the proxy. */
  token: string;
  user: ProxyUser;
  expiresAt: number;
  /** The secret from `2fa/enable`, kept until `2fa/verify-setup` succeeds. */
  totpSetupSecret: string | null;
  /**
   * On when the session began with a second factor, off after a plain sign-in or a sign-up;
   * `2fa/verify-setup` and `2fa/disable` change it (AuthFlow has no route that says).
   */
  twoFactor: TwoFactorStatus;
}

/** What the proxy keeps under a browser's cookie. */
export type SessionRecord = PendingLoginRecord | SignedInRecord;

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** A record read back from a store is checked like any other outside input. */
export function isSessionRecord(value: unknown): value is SessionRecord {
  if (!isRecord(value) || typeof value.expiresAt !== 'number') return false;
  switch (value.kind) {
    case 'pendingLogin':
      return (
        isNonEmptyString(value.tempToken) &&
        isNonEmptyString(value.email) &&
        typeof value.orgId === 'string' &&
        typeof value.role === 'string'
      );
    case 'signedIn':
      return (
        isNonEmptyString(value.token) &&
        isProxyUser(value.user) &&
        isTwoFactorStatus(value.twoFactor) &&
        (value.totpSetupSecret === null || isNonEmptyString(value.totpSetupSecret))
      );
    default:
      return false;
  }
}
