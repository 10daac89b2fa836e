import type { ProxyStore } from './proxy-store.js';

export interface MemoryStoreOptions {
  /** The clock, in milliseconds. Default: `Date.now`. */
  now?: () => number;
}

interface Entry {
  value: string;
  expiresAt: number;
}

interface SetEntry {
  members: Set<string>;
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
  const sets = new Map<string, SetEntry>();
  let writes = 0;

  const liveSet = (key: string): SetEntry | undefined => {
    const entry = sets.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > now()) return entry;
    sets.delete(key);
    return undefined;
  };

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
    for (const [key, entry] of sets) {
      if (entry.expiresAt <= time) sets.delete(key);
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
    async addToSet(key, member, ttlMs) {
      const expiresAt = now() + ttlMs;
      const entry = liveSet(key);
      if (entry === undefined) {
        sets.set(key, { members: new Set([member]), expiresAt });
        noteWrite();
        return;
      }
      entry.members.add(member);
      entry.expiresAt = Math.max(entry.expiresAt, expiresAt);
    },
    async removeFromSet(key, member) {
      const entry = liveSet(key);
      if (entry === undefined) return;
      entry.members.delete(member);
      if (entry.members.size === 0) sets.delete(key);
    },
    async setMembers(key) {
      return [...(liveSet(key)?.members ?? [])];
    },
  };
}
