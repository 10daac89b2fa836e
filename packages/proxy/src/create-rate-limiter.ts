import type { ProxyRateLimitBucket } from '@authflow-ui/contract';
import { hashKey } from './hash-key.js';
import type { ProxyStore } from './proxy-store.js';

/** At most `max` attempts per fixed window of `windowMs` milliseconds. */
export interface RateLimitRule {
  max: number;
  windowMs: number;
}

/**
 * At most `max` attempts per window without delay; past it, one attempt per wait, the wait
 * starting at `firstDelayMs` and doubling with each further attempt up to `maxDelayMs`.
 */
export interface AccountCeilingRule extends RateLimitRule {
  firstDelayMs: number;
  maxDelayMs: number;
}

export interface RateLimitBucketOptions {
  /** Attempts from one client address, on any account. `false` turns this counter off. */
  perClient?: RateLimitRule | false;
  /**
   * Attempts on one account (the email, case-insensitive) from one client address. In the
   * `signIn`, `signUp` and `codes` buckets a success clears it, so it counts failures. An
   * attacker's failures never spend the owner's allowance. `false` turns this counter off.
   */
  perAccount?: RateLimitRule | false;
  /**
   * Attempts on one account from all clients that have not proven themselves together (a proven
   * client holds a session of the account, or signed in to it from its address within
   * the last 30 days). It slows a spread-out attack down instead of locking the account.
   * `false` turns this counter off.
   */
  accountCeiling?: AccountCeilingRule | false;
}

/** Overrides per bucket; a bucket or counter left out keeps its default. */
export type RateLimitOptions = { readonly [B in ProxyRateLimitBucket]?: RateLimitBucketOptions };

const seconds = (count: number) => count * 1000;
const minutes = (count: number) => count * 60_000;

/** How long a sign-in from an address vouches for that address, for that account. */
const provenClientTtlMs = 30 * 24 * 60 * minutes(1);

/**
 * The defaults. `signIn` also covers passkey sign-in and the endpoints that confirm a password
 * (change password, disable two-factor, new recovery codes, remove a passkey); `codes` every
 * one-time code and passkey registration; `emails` the anonymous
 * mails (forgot-password, resend verification); `challengeEmails` the code mailed for a pending
 * sign-in. The account ceilings sit far above what one address may try (`perAccount`), so only
 * an attack from many addresses meets them, and it meets a growing wait, not a wall.
 */
export const defaultRateLimits: {
  readonly [B in ProxyRateLimitBucket]: {
    perClient: RateLimitRule;
    perAccount: RateLimitRule;
    accountCeiling: AccountCeilingRule;
  };
} = {
  signIn: {
    perClient: { max: 30, windowMs: minutes(15) },
    perAccount: { max: 10, windowMs: minutes(15) },
    accountCeiling: { max: 100, windowMs: minutes(15), firstDelayMs: seconds(1), maxDelayMs: minutes(1) },
  },
  signUp: {
    perClient: { max: 10, windowMs: minutes(60) },
    perAccount: { max: 5, windowMs: minutes(60) },
    accountCeiling: { max: 20, windowMs: minutes(60), firstDelayMs: seconds(10), maxDelayMs: minutes(10) },
  },
  codes: {
    perClient: { max: 30, windowMs: minutes(15) },
    perAccount: { max: 10, windowMs: minutes(15) },
    accountCeiling: { max: 30, windowMs: minutes(15), firstDelayMs: seconds(1), maxDelayMs: minutes(1) },
  },
  emails: {
    perClient: { max: 10, windowMs: minutes(60) },
    perAccount: { max: 3, windowMs: minutes(60) },
    accountCeiling: { max: 10, windowMs: minutes(60), firstDelayMs: minutes(1), maxDelayMs: minutes(15) },
  },
  challengeEmails: {
    perClient: { max: 10, windowMs: minutes(60) },
    perAccount: { max: 5, windowMs: minutes(60) },
    accountCeiling: { max: 10, windowMs: minutes(60), firstDelayMs: minutes(1), maxDelayMs: minutes(15) },
  },
};

/** Buckets whose answers say whether the attempt was right; the others always answer alike. */
const countsFailuresOnly: { readonly [B in ProxyRateLimitBucket]: boolean } = {
  signIn: true,
  signUp: true,
  codes: true,
  emails: false,
  challengeEmails: false,
};

export type RateLimitVerdict = { outcome: 'allowed' } | { outcome: 'limited'; retryAfter: number };

/** One attempt, as the limiter sees it. */
export interface RateLimitAttempt {
  clientAddress: string;
  /** The account it names, case-folded, or `null` when it names none. */
  account: string | null;
  /** The account of the signed-in session the request's cookie names, case-folded. */
  signedInAs: string | null;
}

export interface RateLimiter {
  /** Counts one attempt against the counters of `bucket`. */
  check(bucket: ProxyRateLimitBucket, attempt: RateLimitAttempt): Promise<RateLimitVerdict>;
  /** After an allowed attempt: a success in a failure-counting bucket clears the client's count. */
  settle(
    bucket: ProxyRateLimitBucket,
    attempt: RateLimitAttempt,
    outcome: 'succeeded' | 'failed',
  ): Promise<void>;
  /** Notes that `clientAddress` signed in to `account`: it is a proven client of it from now on. */
  rememberSignIn(account: string, clientAddress: string): Promise<void>;
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
  const ceilingRuleFor = (bucket: ProxyRateLimitBucket): AccountCeilingRule | null => {
    if (options === false) return null;
    const rule = options[bucket]?.accountCeiling ?? defaultRateLimits[bucket].accountCeiling;
    return rule === false ? null : rule;
  };

  const storeKey = (key: string) => `rate:${hashKey(key)}`;
  const pairKey = (bucket: ProxyRateLimitBucket, attempt: RateLimitAttempt, account: string) =>
    storeKey(`${bucket}:account:${account}:client:${attempt.clientAddress}`);
  const provenKey = (account: string, clientAddress: string) =>
    storeKey(`proven:${account}:client:${clientAddress}`);

  /** Seconds to wait, or `null` when the attempt is within the rule. */
  const count = async (key: string, rule: RateLimitRule | null): Promise<number | null> => {
    if (rule === null) return null;
    const { count: attempts, resetInMs } = await store.increment(key, rule.windowMs);
    return attempts > rule.max ? Math.max(1, Math.ceil(resetInMs / 1000)) : null;
  };

  const isProven = async (attempt: RateLimitAttempt, account: string): Promise<boolean> =>
    attempt.signedInAs === account ||
    (await store.get(provenKey(account, attempt.clientAddress))) !== undefined;

  /**
   * Past `max`, an attempt goes through only when no other went through within the current
   * wait: the first one creates a marker that lives for the wait, and the store's atomic counter
   * tells the first from the rest.
   */
  const ceiling = async (
    bucket: ProxyRateLimitBucket,
    attempt: RateLimitAttempt,
    account: string,
  ): Promise<number | null> => {
    const rule = ceilingRuleFor(bucket);
    if (rule === null || (await isProven(attempt, account))) return null;
    const key = storeKey(`${bucket}:ceiling:${account}`);
    const { count: attempts } = await store.increment(key, rule.windowMs);
    if (attempts <= rule.max) return null;
    const waitMs = Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** (attempts - rule.max - 1));
    const marker = await store.increment(`${key}:wait`, waitMs);
    return marker.count === 1 ? null : Math.max(1, Math.ceil(marker.resetInMs / 1000));
  };

  return {
    async check(bucket, attempt) {
      const { account } = attempt;
      const waits = await Promise.all([
        count(storeKey(`${bucket}:client:${attempt.clientAddress}`), ruleFor(bucket, 'perClient')),
        account === null ? null : count(pairKey(bucket, attempt, account), ruleFor(bucket, 'perAccount')),
        account === null ? null : ceiling(bucket, attempt, account),
      ]);
      const longest = Math.max(0, ...waits.map((wait) => wait ?? 0));
      return longest > 0 ? { outcome: 'limited', retryAfter: longest } : { outcome: 'allowed' };
    },
    async settle(bucket, attempt, outcome) {
      if (outcome !== 'succeeded' || !countsFailuresOnly[bucket] || attempt.account === null) return;
      if (ruleFor(bucket, 'perAccount') === null) return;
      await store.delete(pairKey(bucket, attempt, attempt.account));
    },
    async rememberSignIn(account, clientAddress) {
      if (options === false) return;
      await store.set(provenKey(account.toLowerCase(), clientAddress), '1', provenClientTtlMs);
    },
  };
}
