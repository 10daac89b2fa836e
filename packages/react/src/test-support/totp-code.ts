import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app shows right now for `secret` (base32): a real TOTP, not a stub. */
export function totpCode(secret: string): string {
  return new TOTP({
    secret: Secret.fromBase32(secret.replace(/\s/g, '')),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate();
}

/** A six-digit code that is certainly not the current one. */
export function wrongTotpCode(secret: string): string {
  return totpCode(secret) === '000000' ? '111111' : '000000';
}
