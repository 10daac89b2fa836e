import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './create-memory-store.js';
import { createRateLimiter } from './create-rate-limiter.js';

function clock() {
  let time = 5_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('given a rate limiter with 2 attempts per account and 3 per client each minute', () => {
  const rules = {
    signIn: { perAccount: { max: 2, windowMs: 60_000 }, perClient: { max: 3, windowMs: 60_000 } },
  };

  it('allows the attempts within the limit and refuses the next one with the seconds left', async () => {
    const time = clock();
    const limiter = createRateLimiter(createMemoryStore({ now: time.now }), rules);
    expect(await limiter.check('signIn', '10.0.0.1', 'ada@example.com')).toEqual({ outcome: 'allowed' });
    time.advance(15_000);
    expect(await limiter.check('signIn', '10.0.0.1', 'ada@example.com')).toEqual({ outcome: 'allowed' });
    expect(await limiter.check('signIn', '10.0.0.1', 'ada@example.com')).toEqual({
      outcome: 'limited',
      retryAfter: 45,
    });
    time.advance(45_000);
    expect(await limiter.check('signIn', '10.0.0.1', 'ada@example.com')).toEqual({ outcome: 'allowed' });
  });

  it('limits one client trying many accounts', async () => {
    const limiter = createRateLimiter(createMemoryStore(), rules);
    for (const account of ['a@example.com', 'b@example.com', 'c@example.com']) {
      expect(await limiter.check('signIn', '10.0.0.1', account)).toEqual({ outcome: 'allowed' });
    }
    expect((await limiter.check('signIn', '10.0.0.1', 'd@example.com')).outcome).toBe('limited');
    expect(await limiter.check('signIn', '10.0.0.2', 'd@example.com')).toEqual({ outcome: 'allowed' });
  });

  it('limits one account tried from many clients', async () => {
    const limiter = createRateLimiter(createMemoryStore(), rules);
    await limiter.check('signIn', '10.0.0.1', 'ada@example.com');
    await limiter.check('signIn', '10.0.0.2', 'ada@example.com');
    expect((await limiter.check('signIn', '10.0.0.3', 'ada@example.com')).outcome).toBe('limited');
  });

  it('keeps buckets apart: sign-in attempts do not use up the email allowance', async () => {
    const limiter = createRateLimiter(createMemoryStore(), {
      ...rules,
      emails: { perAccount: { max: 1, windowMs: 60_000 } },
    });
    await limiter.check('signIn', '10.0.0.1', 'ada@example.com');
    await limiter.check('signIn', '10.0.0.1', 'ada@example.com');
    expect(await limiter.check('emails', '10.0.0.1', 'ada@example.com')).toEqual({ outcome: 'allowed' });
    expect((await limiter.check('emails', '10.0.0.1', 'ada@example.com')).outcome).toBe('limited');
  });
});

describe('given rate limiting turned off', () => {
  it('allows every attempt', async () => {
    const limiter = createRateLimiter(createMemoryStore(), false);
    for (let attempt = 0; attempt < 50; attempt += 1) {
      expect(await limiter.check('codes', '10.0.0.1', 'ada@example.com')).toEqual({ outcome: 'allowed' });
    }
  });
});

describe('given the defaults', () => {
  it('refuses the eleventh sign-in for one account within fifteen minutes', async () => {
    const limiter = createRateLimiter(createMemoryStore(), {});
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await limiter.check('signIn', `10.0.0.${attempt}`, 'ada@example.com')).outcome).toBe('allowed');
    }
    expect(await limiter.check('signIn', '10.0.1.1', 'ada@example.com')).toEqual({
      outcome: 'limited',
      retryAfter: 900,
    });
  });
});
