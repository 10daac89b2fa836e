import { Secret, TOTP } from 'otpauth';
import { totpSettings } from './constants.js';

/** A TOTP generator for `secret` (base32), labelled with the account's email. */
export function buildTotp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: totpSettings.issuer,
    label,
    algorithm: totpSettings.algorithm,
    digits: totpSettings.digits,
    period: totpSettings.period,
    secret: Secret.fromBase32(secret),
  });
}

/** A fresh 160-bit secret, base32-encoded as authenticator apps expect. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export type TotpCheck = { status: 'accepted'; step: number } | { status: 'rejected' };

/**
 * Checks `code` at `timestamp` within one step either side. A code from a step at or before
 * `lastUsedStep` is rejected, so a code that already signed someone in cannot be replayed.
 */
export function checkTotpCode(
  secret: string,
  code: string,
  timestamp: number,
  lastUsedStep: number | null,
): TotpCheck {
  const delta = buildTotp(secret, 'check').validate({ token: code, timestamp, window: totpSettings.window });
  if (delta === null) return { status: 'rejected' };
  const step = TOTP.counter({ period: totpSettings.period, timestamp }) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return { status: 'rejected' };
  return { status: 'accepted', step };
}
