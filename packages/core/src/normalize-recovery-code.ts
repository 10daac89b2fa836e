/**
 * A recovery code as AuthFlow compares it: without the spaces and dashes people paste
 * (`AB12-CD34`, ` AB12 CD34`). Case is kept, because AuthFlow compares codes exactly as it
 * issued them. Six-digit codes use `normalizeOneTimeCode` instead.
 */
export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}
