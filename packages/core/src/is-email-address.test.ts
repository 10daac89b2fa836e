import { describe, expect, it } from 'vitest';
import { isEmailAddress } from './is-email-address.js';

describe('isEmailAddress', () => {
  it.each(['owner@example.com', 'first.last+tag@sub.example.org', 'a@b'])(
    'given %j, it accepts it',
    (text) => {
      expect(isEmailAddress(text)).toBe(true);
    },
  );

  it.each([
    ['owner.example.com', 'no @'],
    ['owner@', 'nothing after @'],
    ['@example.com', 'nothing before @'],
    ['own er@example.com', 'a space'],
    ['owner@exa@mple.com', 'two @'],
    ['', 'empty'],
  ])('given %j (%s), it refuses it', (text) => {
    expect(isEmailAddress(text)).toBe(false);
  });
});
