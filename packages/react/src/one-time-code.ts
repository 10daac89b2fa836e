/**
 * Codes as people paste them: authenticator apps and emails show `123 456` or `123-456`,
 * password managers add stray spaces, and phones may paste full-width digits.
 */

/** Number of digits in a TOTP or email code. */
export const ONE_TIME_CODE_LENGTH = 6;

const fullWidthDigit = /[\uff10-\uff19]/g;

/**
 * Digits only, at most six: spaces, dashes and other characters are dropped, full-width
 * digits become ASCII. Use it on every change of a six-digit code field.
 */
export function normalizeOneTimeCode(text: string): string {
  return text
    .replace(fullWidthDigit, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/\D/g, '')
    .slice(0, ONE_TIME_CODE_LENGTH);
}

export function isCompleteOneTimeCode(code: string): boolean {
  return code.length === ONE_TIME_CODE_LENGTH && /^\d+$/.test(code);
}
