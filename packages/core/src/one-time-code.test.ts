import { describe, expect, it } from 'vitest';
import { isCompleteOneTimeCode, normalizeOneTimeCode } from './one-time-code.js';

describe('normalizeOneTimeCode', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    [' 12 34 56 ', '123456'],
    ['123\u2013456', '123456'],
    ['１２３４５６', '123456'],
    ['1234567890', '123456'],
    ['12a4', '124'],
    ['', ''],
  ])('given %j, it keeps %j', (pasted, expected) => {
    expect(normalizeOneTimeCode(pasted)).toBe(expected);
  });

  it('given a 100,000-character paste, it answers with six digits at most', () => {
    expect(normalizeOneTimeCode('9'.repeat(100_000))).toBe('999999');
  });
});

describe('isCompleteOneTimeCode', () => {
  it('is true only for exactly six digits', () => {
    expect(isCompleteOneTimeCode('123456')).toBe(true);
    expect(isCompleteOneTimeCode('12345')).toBe(false);
    expect(isCompleteOneTimeCode('1234567')).toBe(false);
    expect(isCompleteOneTimeCode('12345a')).toBe(false);
    expect(isCompleteOneTimeCode('123 456')).toBe(false);
  });

  it('given a pasted code, it is true once the code is normalised', () => {
    expect(isCompleteOneTimeCode('１２３-４５６')).toBe(false);
    expect(isCompleteOneTimeCode(normalizeOneTimeCode('１２３-４５６'))).toBe(true);
  });
});
