import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  isPasswordAccepted,
  PASSWORD_EVALUATION_CAP,
  PASSWORD_PATTERN_SOURCE,
  passwordRequirements,
} from './password-rule.js';

const contractRegex = new RegExp(PASSWORD_PATTERN_SOURCE);

describe('the contract password rule', () => {
  it('is the contract regex verbatim', () => {
    expect(PASSWORD_PATTERN_SOURCE).toBe(
      '^(?:(?=(.*[A-Z]))|(?:.*[a-z]))(?=(.*[0-9]))(?=(.*[!@#$%^&*-])).{8,32}$',
    );
  });

  it.each([
    ['TestPass123!', true, 'the contract example'],
    ['NewPass123!', true, 'the reset example'],
    ['abcdefg1!', true, 'lowercase-only of nine characters passes'],
    ['abcdef1!', false, 'lowercase-only of eight characters fails'],
    ['ABCDEF1!', true, 'uppercase of eight characters passes'],
    ['ABCDEFG1', false, 'no symbol'],
    ['ABCDEFG!', false, 'no digit'],
    ['12345678!', false, 'no letter at all'],
    ['Aa1!', false, 'too short'],
    [`A1!${'B'.repeat(29)}`, true, 'exactly 32 with an uppercase'],
    [`A1!${'B'.repeat(30)}`, false, '33 without a lowercase letter'],
    [`a${'B'.repeat(40)}1!${'C'.repeat(5)}`, false, 'lowercase too early for a 32-unit tail'],
    [`${'x'.repeat(60)}a1!bcdefgh`, true, 'a long lowercase prefix passes'],
    ['Pass word1!', true, 'spaces count as characters'],
    ['Passwo\nrd1!', false, 'a line break never matches'],
    ['😀😀Ab1!', true, 'an emoji counts as two units (8 units)'],
    ['😀Ab1!', false, 'one emoji makes only 6 units'],
    [' Passwo1! ', true, 'leading and trailing spaces are kept, not trimmed'],
  ])('%s -> %s (%s)', (password, expected) => {
    expect(isPasswordAccepted(password)).toBe(expected);
    expect(contractRegex.test(password)).toBe(expected);
  });

  it('answers a 100,000-character paste quickly and exactly', () => {
    const pasted = `${'aB'.repeat(50_000)}x1!abcdefg`;
    expect(pasted.length).toBeGreaterThan(PASSWORD_EVALUATION_CAP);
    expect(isPasswordAccepted(pasted)).toBe(true);
    expect(isPasswordAccepted(`${'a'.repeat(100_000)}\n1!abcdefgh`)).toBe(false);
    expect(isPasswordAccepted(`${'a'.repeat(100_000)}!`)).toBe(false);
  });

  it('agrees with the raw regex on every long random password', () => {
    const alphabet = 'aZ1!-\n x';
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let round = 0; round < 3_000; round += 1) {
      const length = PASSWORD_EVALUATION_CAP + 1 + Math.floor(random() * 100);
      let password = '';
      for (let index = 0; index < length; index += 1) {
        password += alphabet[Math.floor(random() * alphabet.length)];
      }
      expect(isPasswordAccepted(password)).toBe(contractRegex.test(password));
    }
  });
});

describe('the password checklist', () => {
  it('marks every item met whenever the server accepts the password', () => {
    for (const password of ['abcdefg1!', 'ABCDEF1!', `${'x'.repeat(60)}a1!bcdefgh`, '😀😀Ab1!']) {
      const check = checkPassword(password);
      expect(check.accepted).toBe(true);
      for (const requirement of passwordRequirements) expect(check.requirements[requirement]).toBe(true);
    }
  });

  it('names what is missing', () => {
    expect(checkPassword('abcdef1!')).toEqual({
      accepted: false,
      requirements: { length: true, letter: false, number: true, symbol: true },
    });
    expect(checkPassword('Ab1')).toEqual({
      accepted: false,
      requirements: { length: false, letter: true, number: true, symbol: false },
    });
  });
});
