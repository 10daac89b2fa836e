import type { ProxyRateLimitBucket } from '@authflow-ui/contract';
import { hashKey } from './hash-key.js';
import type { ProxyStore } from './proxy-store.js';

/** At most `max` attempts per fixed window of `windowMs` milliseconds. */
export interface RateLimitRule {
  max: number;
  windowMs: number;
}

export interface RateLimitBucketOptions {
  /** Counted per client address. `false` turns this counter off. */
  perClient?: RateLimitRule | false;
  /** Counted per account (the email address, case-insensitive). `false` turns this counter off. */
  perAccount?: RateLimitRule | false;
}

/** Overrides per bucket; a bucket or counter left out keeps its default. */
export type RateLimitOptions = { readonly [B in ProxyRateLimitBucket]?: RateLimitBucketOptions };

const minutes = (count: number) => count * 60_000;

/**
 * The defaults. `signIn` also covers the endpoints that confirm a password (change password,
 * disable two-factor, new recovery codes); `codes` covers every one-time code; `emails` every
 * endpoint that makes AuthFlow send mail.
 */
export const defaultRateLimits: {
  readonly [B in ProxyRateLimitBucket]: { perClient: RateLimitRule; perAccount: RateLimitRule };
} = {
  signIn: { perClient: { max: 30, windowMs: minutes(15) }, perAccount: { max: 10, windowMs: minutes(15) } },
  signUp: { perClient: { max: 10, windowMs: minutes(60) }, perAccount: { max: 5, windowMs: minutes(60) } },
  codes: { perClient: { max: 30, windowMs: minutes(15) }, perAccount: { max: 10, windowMs: minutes(15) } },
  emails: { perClient: { max: 10, windowMs: minutes(60) }, perAccount: { max: 5, windowMs: minutes(60) } },
};

export type RateLimitVerdict = { outcome: 'allowed' } | { outcome: 'limited'; retryAfter: number };

export interface RateLimiter {
  /** Counts one attempt against both counters of `bucket`. */
  check(
    bucket: ProxyRateLimitBucket,
    clientAddress: string,
    account: string | null,
  ): Promise<RateLimitVerdict>;
}

export function createRateLimiter(store: ProxyStore, options: RateLimitOptions | false): RateLimiter {
  const ruleFor = (
    bucket: ProxyRateLimitBucket,
    counter: 'perClient' | 'perAccount',
  ): RateLimitRule | null => {
    if (options === false) return null;
    const rule = options[bucket]?.[counter] ?? defaultRateLimits[bucket][counter];
    return rule === false ? null : rule;
  };

  const count = async (key: string, rule: RateLimitRule | null): Promise<number | null> => {
    if (rule === null) return null;
    const { count: attempts, resetInMs } = await store.increment(`rate:${await hashKey(key)}`, rule.windowMs);
    return attempts > rule.max ? Math.max(1, Math.ceil(resetInMs / 1000)) : null;
  };

  return {
    async check(bucket, clientAddress, account) {
      const waits = await Promise.all([
        count(`${bucket}:client:${clientAddress}`, ruleFor(bucket, 'perClient')),
        account === null ? null : count(`${bucket}:account:${account}`, ruleFor(bucket, 'perAccount')),
      ]);
      const longest = Math.max(0, ...waits.map((wait) => wait ?? 0));
      return longest > 0 ? { outcome: 'limited', retryAfter: longest } : { outcome: 'allowed' };
    },
  };
}
