/**
 * Six-digit codes (authenticator app, email) as people enter them: apps and emails show
 * `123 456` or `123-456`, password managers add stray spaces, and phones may paste full-width
 * digits. The client cleans what it sends the same way, so a kit that skips the field's clean-up
 * still sends AuthFlow plain digits. Recovery codes are not six digits and have their own rule,
 * `normalizeRecoveryCode`.
 */

/** Number of digits in a TOTP or emailed code (the contract's `totpCode` and `emailOTP`). */
export const ONE_TIME_CODE_LENGTH = 6;

const fullWidthDigit = /[\uff10-\uff19]/g;

/**
 * What the client sends for a six-digit code: full-width digits made ASCII, spaces and dashes
 * dropped, nothing else touched. A code that is still wrong (seven digits, a letter) reaches
 * AuthFlow as typed, and its `invalid_code` answer tells the caller so.
 */
export function cleanOneTimeCode(text: string): string {
  return text
    .replace(fullWidthDigit, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\s-]/g, '');
}

/**
 * Digits only, at most six: what a code field keeps on every change (spaces, dashes and other
 * characters dropped, full-width digits made ASCII).
 */
export function normalizeOneTimeCode(text: string): string {
  return cleanOneTimeCode(text).replace(/\D/g, '').slice(0, ONE_TIME_CODE_LENGTH);
}

/** Whether `code` is exactly six ASCII digits, i.e. ready to submit (normalise it first). */
export function isCompleteOneTimeCode(code: string): boolean {
  return code.length === ONE_TIME_CODE_LENGTH && /^\d+$/.test(code);
}
