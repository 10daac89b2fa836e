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
}
