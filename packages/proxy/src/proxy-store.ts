/**
 * Where the proxy keeps server-side state: sessions, pending sign-ins and rate-limit counters.
 * Values are opaque strings; every entry expires. Several proxy instances behind one load balancer
 * must share one store (for example {@link createRedisStore}).
 */
export interface ProxyStore {
  /** The value, or `undefined` when it is missing or expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` for `ttlMs` milliseconds, replacing any earlier value. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Adds one to a counter and answers its new count. The first increment starts a window of
   * `ttlMs`; later ones keep it. `resetInMs` is the time left in the window.
   */
  increment(key: string, ttlMs: number): Promise<{ count: number; resetInMs: number }>;
  /**
   * Adds `member` to the set at `key` (the sessions of one account). The set lives at least
   * `ttlMs` more milliseconds: a later add never shortens it.
   */
  addToSet(key: string, member: string, ttlMs: number): Promise<void>;
  removeFromSet(key: string, member: string): Promise<void>;
  /** The members of the set at `key`, in no particular order; empty when it is missing or expired. */
  setMembers(key: string): Promise<string[]>;
}
