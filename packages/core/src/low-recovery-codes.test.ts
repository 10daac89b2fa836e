import { describe, expect, it } from 'vitest';
import { isLowOnRecoveryCodes, LOW_RECOVERY_CODES } from './low-recovery-codes.js';

describe('isLowOnRecoveryCodes', () => {
  it('given three codes left or fewer, it warns', () => {
    expect(LOW_RECOVERY_CODES).toBe(3);
    expect(isLowOnRecoveryCodes(3)).toBe(true);
    expect(isLowOnRecoveryCodes(1)).toBe(true);
    expect(isLowOnRecoveryCodes(0)).toBe(true);
  });

  it('given four codes left or more, it stays quiet', () => {
    expect(isLowOnRecoveryCodes(4)).toBe(false);
    expect(isLowOnRecoveryCodes(9)).toBe(false);
  });
});
