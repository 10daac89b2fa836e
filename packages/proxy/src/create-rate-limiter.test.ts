import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './create-memory-store.js';
import { createRateLimiter, type RateLimitAttempt, type RateLimitOptions } from './create-rate-limiter.js';
import { storeKinds } from './test-support/store-kinds.js';

function clock() {
  let time = 5_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

const from = (clientAddress: string, account: string | null = 'ada@example.com'): RateLimitAttempt => ({
  clientAddress,
  account,
  signedInAs: null,
});

const attacker = from('203.0.113.9');
const owner = from('198.51.100.7');

const kinds = storeKinds();

describe.each(kinds)('given the $name store', (kind) => {
  describe('and 2 attempts per account and client, 3 per client, each minute', () => {
    const rules: RateLimitOptions = {
      signIn: {
        perAccount: { max: 2, windowMs: 60_000 },
        perClient: { max: 3, windowMs: 60_000 },
        accountCeiling: false,
      },
    };

    it('refuses the third failure from one client with the seconds left in the window', async () => {
      const limiter = createRateLimiter(kind.create(), rules);
      await limiter.check('signIn', attacker);
      await limiter.check('signIn', attacker);
      const limited = await limiter.check('signIn', attacker);
      expect(limited.outcome).toBe('limited');
      expect(limited.outcome === 'limited' && limited.retryAfter).toBeGreaterThan(58);
    });

    it('leaves the owner their own allowance while an attacker is limited on the same account', async () => {
      const limiter = createRateLimiter(kind.create(), rules);
      for (let attempt = 0; attempt < 3; attempt += 1) await limiter.check('signIn', attacker);
      expect((await limiter.check('signIn', attacker)).outcome).toBe('limited');
      expect(await limiter.check('signIn', owner)).toEqual({ outcome: 'allowed' });
    });

    it('limits one client trying many accounts', async () => {
      const limiter = createRateLimiter(kind.create(), rules);
      for (const account of ['a@example.com', 'b@example.com', 'c@example.com']) {
        expect(await limiter.check('signIn', from('10.0.0.1', account))).toEqual({ outcome: 'allowed' });
      }
      expect((await limiter.check('signIn', from('10.0.0.1', 'd@example.com'))).outcome).toBe('limited');
      expect(await limiter.check('signIn', from('10.0.0.2', 'd@example.com'))).toEqual({
        outcome: 'allowed',
      });
    });

    it('clears a client’s count on the account when its sign-in succeeds', async () => {
      const limiter = createRateLimiter(kind.create(), rules);
      await limiter.check('signIn', owner);
      await limiter.check('signIn', owner);
      await limiter.settle('signIn', owner, 'succeeded');
      expect(await limiter.check('signIn', owner)).toEqual({ outcome: 'allowed' });
    });
  });

  describe('and emails limited to 2 per account and client', () => {
    it('counts every request, since a neutral answer always "succeeds"', async () => {
      const limiter = createRateLimiter(kind.create(), {
        emails: { perAccount: { max: 2, windowMs: 60_000 } },
      });
      for (let attempt = 0; attempt < 2; attempt += 1) {
        expect((await limiter.check('emails', attacker)).outcome).toBe('allowed');
        await limiter.settle('emails', attacker, 'succeeded');
      }
      expect((await limiter.check('emails', attacker)).outcome).toBe('limited');
    });

    it('keeps the code mailed for a pending sign-in apart from anonymous emails', async () => {
      const limiter = createRateLimiter(kind.create(), {
        emails: { perAccount: { max: 1, windowMs: 60_000 }, accountCeiling: false },
        challengeEmails: { perAccount: { max: 1, windowMs: 60_000 } },
      });
      await limiter.check('emails', owner);
      expect((await limiter.check('emails', owner)).outcome).toBe('limited');
      expect(await limiter.check('challengeEmails', owner)).toEqual({ outcome: 'allowed' });
    });
  });

  describe('and an account ceiling of 3 attempts, then waits of 10 s doubling up to 40 s', () => {
    const rules: RateLimitOptions = {
      signIn: {
        perAccount: false,
        perClient: false,
        accountCeiling: { max: 3, windowMs: 600_000, firstDelayMs: 10_000, maxDelayMs: 40_000 },
      },
    };
    const many = (index: number) => from(`203.0.113.${index}`);

    it('lets the first attempt of each wait through and refuses the rest until it ends', async () => {
      const limiter = createRateLimiter(kind.create(), rules);
      for (let index = 0; index < 3; index += 1) {
        expect((await limiter.check('signIn', many(index))).outcome).toBe('allowed');
      }
      expect((await limiter.check('signIn', many(4))).outcome).toBe('allowed');
      expect(await limiter.check('signIn', many(5))).toEqual({ outcome: 'limited', retryAfter: 10 });
    });

    it('doubles the wait with each attempt past the ceiling', async () => {
      const time = clock();
      const limiter = createRateLimiter(createMemoryStore({ now: time.now }), rules);
      for (let index = 0; index < 4; index += 1) await limiter.check('signIn', many(index));
      time.advance(10_000);
      expect((await limiter.check('signIn', many(5))).outcome).toBe('allowed');
      expect(await limiter.check('signIn', many(6))).toEqual({ outcome: 'limited', retryAfter: 20 });
    });

    it('never waits longer than the longest delay', async () => {
      const limiter = createRateLimiter(kind.create(), rules);
      for (let index = 0; index < 30; index += 1) await limiter.check('signIn', many(index));
      const refused = await limiter.check('signIn', many(99));
      expect(refused.outcome === 'limited' && refused.retryAfter).toBeLessThanOrEqual(40);
    });

    it('does not slow a client holding a session of the account', async () => {
      const limiter = createRateLimiter(kind.create(), rules);
      for (let index = 0; index < 10; index += 1) await limiter.check('signIn', many(index));
      expect(await limiter.check('signIn', { ...owner, signedInAs: 'ada@example.com' })).toEqual({
        outcome: 'allowed',
      });
      expect((await limiter.check('signIn', { ...owner, signedInAs: 'eve@example.com' })).outcome).toBe(
        'limited',
      );
    });

    it('does not slow a client that signed in to the account from its address before', async () => {
      const limiter = createRateLimiter(kind.create(), rules);
      await limiter.rememberSignIn('Ada@Example.com', owner.clientAddress);
      for (let index = 0; index < 10; index += 1) await limiter.check('signIn', many(index));
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect(await limiter.check('signIn', owner)).toEqual({ outcome: 'allowed' });
      }
      expect((await limiter.check('signIn', from(owner.clientAddress, 'eve@example.com'))).outcome).toBe(
        'allowed',
      );
    });
  });
});

describe('given a window that has passed', () => {
  it('allows attempts again', async () => {
    const time = clock();
    const limiter = createRateLimiter(createMemoryStore({ now: time.now }), {
      signIn: { perAccount: { max: 1, windowMs: 60_000 } },
    });
    await limiter.check('signIn', attacker);
    time.advance(15_000);
    expect(await limiter.check('signIn', attacker)).toEqual({ outcome: 'limited', retryAfter: 45 });
    time.advance(45_000);
    expect(await limiter.check('signIn', attacker)).toEqual({ outcome: 'allowed' });
  });
});

describe('given rate limiting turned off', () => {
  it('allows every attempt', async () => {
    const limiter = createRateLimiter(createMemoryStore(), false);
    for (let attempt = 0; attempt < 50; attempt += 1) {
      expect(await limiter.check('codes', attacker)).toEqual({ outcome: 'allowed' });
    }
  });
});

describe('given the defaults', () => {
  it('refuses the eleventh failure from one address for fifteen minutes, and only from it', async () => {
    const limiter = createRateLimiter(createMemoryStore(), {});
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await limiter.check('signIn', attacker)).outcome).toBe('allowed');
    }
    expect(await limiter.check('signIn', attacker)).toEqual({ outcome: 'limited', retryAfter: 900 });
    expect(await limiter.check('signIn', owner)).toEqual({ outcome: 'allowed' });
  });

  it('needs ten addresses at their limit before the account ceiling slows anyone', async () => {
    const limiter = createRateLimiter(createMemoryStore(), {});
    for (let index = 0; index < 10; index += 1) {
      for (let attempt = 0; attempt < 10; attempt += 1) {
        expect((await limiter.check('signIn', from(`203.0.113.${index}`))).outcome).toBe('allowed');
      }
    }
    expect((await limiter.check('signIn', from('203.0.113.200'))).outcome).toBe('allowed');
    expect((await limiter.check('signIn', from('203.0.113.201'))).outcome).toBe('limited');
  });
});
