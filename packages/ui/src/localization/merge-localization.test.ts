import { describe, expect, it } from 'vitest';
import { enUS } from './en-us.js';
import { mergeLocalization } from './merge-localization.js';

describe('mergeLocalization', () => {
  it('given no overrides, it is English', () => {
    expect(mergeLocalization(undefined)).toBe(enUS);
  });

  it('replaces only the named texts and keeps the rest of each section', () => {
    const merged = mergeLocalization({
      signIn: { title: 'Anmelden' },
      common: { rateLimitedCountdown: ({ seconds }) => `Noch ${seconds} s` },
    });
    expect(merged.signIn.title).toBe('Anmelden');
    expect(merged.signIn.submit).toBe('Sign in');
    expect(merged.common.rateLimitedCountdown({ seconds: 3 })).toBe('Noch 3 s');
    expect(merged.errors).toBe(enUS.errors);
  });

  it('keeps the English text where an override is left undefined', () => {
    expect(mergeLocalization({ signIn: { title: undefined } }).signIn.title).toBe('Sign in');
  });
});

describe('enUS', () => {
  it('has a human sentence for every error code', () => {
    for (const message of Object.values(enUS.errors)) {
      expect(message).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('counts seconds in the singular and plural', () => {
    expect(enUS.common.rateLimitedCountdown({ seconds: 1 })).toBe('You can try again in 1 second.');
    expect(enUS.common.rateLimitedCountdown({ seconds: 12 })).toBe('You can try again in 12 seconds.');
  });
});
