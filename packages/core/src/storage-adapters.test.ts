import { describe, expect, it } from 'vitest';
import { createFallbackStorage, createMemoryStorage, resolveSessionStorage } from './storage-adapters.js';

describe('resolveSessionStorage', () => {
  it('writes through a custom adapter', () => {
    const adapter = createMemoryStorage();
    resolveSessionStorage(adapter).setItem('k', 'v');
    expect(adapter.getItem('k')).toBe('v');
  });

  it('given sessionStorage where there is none (a server), uses memory', () => {
    const storage = resolveSessionStorage('sessionStorage');
    storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
  });
});

describe('createFallbackStorage', () => {
  it('given a storage that fills up, keeps the value being written and serves it from memory', () => {
    const primary = createMemoryStorage();
    primary.setItem('k', 'old');
    let full = false;
    const storage = createFallbackStorage({
      getItem: (key) => primary.getItem(key),
      setItem: (key, value) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        primary.setItem(key, value);
      },
      removeItem: (key) => primary.removeItem(key),
    });
    expect(storage.getItem('k')).toBe('old');
    full = true;
    storage.setItem('k', 'new');
    expect(storage.getItem('k')).toBe('new');
    storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
  });
});
