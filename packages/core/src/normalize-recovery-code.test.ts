import { describe, expect, it } from 'vitest';
import { normalizeRecoveryCode } from './normalize-recovery-code.js';

describe('normalizeRecoveryCode', () => {
  it.each([
    ['AB12CD34', 'AB12CD34'],
    ['AB12-CD34', 'AB12CD34'],
    [' AB12 CD34 ', 'AB12CD34'],
    ['AB12\tCD34\n', 'AB12CD34'],
  ])('given %j, it sends %j', (pasted, expected) => {
    expect(normalizeRecoveryCode(pasted)).toBe(expected);
  });

  it('given lower-case letters, it keeps them, because AuthFlow compares codes as issued', () => {
    expect(normalizeRecoveryCode('ab12-cd34')).toBe('ab12cd34');
  });

  it('given letters, it keeps them, unlike a six-digit code', () => {
    expect(normalizeRecoveryCode('Q3M7X2KD')).toBe('Q3M7X2KD');
  });
});
