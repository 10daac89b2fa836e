import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './parse-retry-after.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-04-05T12:00:00Z');

  it('reads delay-seconds as they are', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('turns an HTTP date into whole seconds from now, rounding up', () => {
    expect(parseRetryAfter('Sun, 05 Apr 2026 12:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter(new Date(now + 1500).toUTCString(), now + 500)).toBe(1);
  });

  it('never answers a negative wait for a date in the past', () => {
    expect(parseRetryAfter('Sun, 05 Apr 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('gives up on an absent or unreadable header', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
