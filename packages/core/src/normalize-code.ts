/**
 * Removes the spaces and dashes people paste into one-time and recovery codes
 * ("123 456", "AB12-CD34"). Case is kept: AuthFlow compares codes as it issued them.
 */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}
