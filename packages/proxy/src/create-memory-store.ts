import type { ProxyStore } from './proxy-store.js';

export interface MemoryStoreOptions {
  /** The clock, in milliseconds. Default: `Date.now`. */
  now?: () => number;
}

interface Entry {
  value: string;
  expiresAt: number;
}

/** Expired entries are swept after this many writes, so abandoned sessions do not pile up. */
const writesBetweenSweeps = 1000;

/**
 * A {@link ProxyStore} in this process's memory: the default. Sessions end when the process
 * does, and several processes do not share them; use {@link createRedisStore} for that.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): ProxyStore {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let writes = 0;

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > now()) return entry;
    entries.delete(key);
    return undefined;
  };

  const noteWrite = () => {
    writes += 1;
    if (writes % writesBetweenSweeps !== 0) return;
    const time = now();
    for (const [key, entry] of entries) {
      if (entry.expiresAt <= time) entries.delete(key);
    }
  };

  return {
    async get(key) {
      return live(key)?.value;
    },
    async set(key, value, ttlMs) {
      entries.set(key, { value, expiresAt: now() + ttlMs });
      noteWrite();
    },
    async delete(key) {
      entries.delete(key);
    },
    async increment(key, ttlMs) {
      const entry = live(key);
      const time = now();
      if (entry === undefined) {
        entries.set(key, { value: '1', expiresAt: time + ttlMs });
        noteWrite();
        return { count: 1, resetInMs: ttlMs };
      }
      const count = Number(entry.value) + 1;
      entry.value = String(count);
      return { count, resetInMs: entry.expiresAt - time };
    },
  };
}
