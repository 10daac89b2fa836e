import { Secret, TOTP } from 'otpauth';

/** A real TOTP code for `secret`; `stepOffset` picks a neighbouring 30-second step. */
export function totpCode(secret: string, stepOffset = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + stepOffset * 30_000 });
}
