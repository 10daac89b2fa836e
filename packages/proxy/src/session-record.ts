import {
  isProxyUser,
  isRecord,
  isTwoFactorStatus,
  type ProxyUser,
  type TwoFactorStatus,
} from '@authflow-ui/contract';
import type { DeviceLabel } from './parse-device-label.js';

/** A sign-in that AuthFlow answered with `requires2FA`, waiting for its second factor. */
export interface PendingLoginRecord {
  kind: 'pendingLogin';
  tempToken: string;
  email: string;
  orgId: string;
  role: string;
  expiresAt: number;
}

/**
 * A browser without a session that asked for passkey sign-in options: the record only gives it a
 * cookie, whose id the pending challenges are bound to (`passkey-challenges.ts`). It holds nothing.
 */
export interface PendingPasskeyRecord {
  kind: 'pendingPasskey';
  expiresAt: number;
}

/** A re-authentication that AuthFlow answered with `requires2FA`; the session itself is unchanged. */
export interface PendingReauthentication {
  tempToken: string;
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
  /** The id `/sessions` shows for this session; random, unrelated to the cookie id. */
  publicId: string;
  device: DeviceLabel;
  /** The client's network when the session started (see `truncateClientAddress`). */
  network: string | null;
  createdAt: number;
  /** Written at most once a minute, so reading a session rarely costs a store write. */
  lastSeenAt: number;
  /**
   * When AuthFlow last confirmed the session token (`me`): at sign-in, then at each session check
   * past the `sessionCheckIntervalMs` window.
   */
  confirmedAt: number;
  /** When the person last proved who they are: sign-in, second factor or re-authentication. */
  verifiedAt: number;
  reauthentication: PendingReauthentication | null;
}

/** What the proxy keeps under a browser's cookie. */
export type SessionRecord = PendingLoginRecord | PendingPasskeyRecord | SignedInRecord;

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isNullableString(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isDeviceLabel(value: unknown): value is DeviceLabel {
  return isRecord(value) && isNullableString(value.browser) && isNullableString(value.os);
}

function isPendingReauthentication(value: unknown): value is PendingReauthentication | null {
  return (
    value === null ||
    (isRecord(value) && isNonEmptyString(value.tempToken) && typeof value.expiresAt === 'number')
  );
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
    case 'pendingPasskey':
      return true;
    case 'signedIn':
      return (
        isNonEmptyString(value.token) &&
        isProxyUser(value.user) &&
        isTwoFactorStatus(value.twoFactor) &&
        (value.totpSetupSecret === null || isNonEmptyString(value.totpSetupSecret)) &&
        isNonEmptyString(value.publicId) &&
        isDeviceLabel(value.device) &&
        isNullableString(value.network) &&
        typeof value.createdAt === 'number' &&
        typeof value.lastSeenAt === 'number' &&
        typeof value.confirmedAt === 'number' &&
        typeof value.verifiedAt === 'number' &&
        isPendingReauthentication(value.reauthentication)
      );
    default:
      return false;
  }
}
