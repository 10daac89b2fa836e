/**
 * A recovery-code sign-in that leaves this many codes or fewer should warn the person, so
 * they make new codes before the last one is spent and they are locked out. Default `3`.
 */
export const LOW_RECOVERY_CODES = 3;

/** Whether `remainingCodes` (as `mfa.verifyRecoveryCode` reports it) is low enough to warn about. */
export function isLowOnRecoveryCodes(remainingCodes: number): boolean {
  return remainingCodes <= LOW_RECOVERY_CODES;
}
