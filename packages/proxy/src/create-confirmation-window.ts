import type { ProxyStore } from './proxy-store.js';

/** Its value, a time, voids every session confirmation made at or before it. */
const revokedAtKey = 'session-confirmations-revoked-at';

/**
 * How long a session AuthFlow confirmed (`me`) is taken on the proxy's word: see the
 * `sessionCheckIntervalMs` option.
 */
export interface ConfirmationWindow {
  /** True when a session confirmed at `confirmedAt` may be answered without asking AuthFlow. */
  covers(confirmedAt: number): Promise<boolean>;
  /**
   * After AuthFlow ended sessions the proxy cannot name by their records (a password reset from a
   * link, a deleted user): every session is confirmed again at its next check, in every process
   * sharing the store.
   */
  revokeAll(): Promise<void>;
}

export interface ConfirmationWindowOptions {
  store: ProxyStore;
  /** `0`: no window, every check asks AuthFlow. */
  intervalMs: number;
  now: () => number;
}

export function createConfirmationWindow({
  store,
  intervalMs,
  now,
}: ConfirmationWindowOptions): ConfirmationWindow {
  return {
    async covers(confirmedAt) {
      if (now() - confirmedAt >= intervalMs) return false;
      const revokedAt = await store.get(revokedAtKey);
      return revokedAt === undefined || confirmedAt > Number(revokedAt);
    },
    async revokeAll() {
      // Confirmations older than the window void themselves: the mark need not outlive it.
      if (intervalMs > 0) await store.set(revokedAtKey, String(now()), intervalMs);
    },
  };
}
