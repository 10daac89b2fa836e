import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './create-memory-store.js';

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('given a memory store', () => {
  it('returns a value until its time to live has passed, then forgets it', async () => {
    const time = clock();
    const store = createMemoryStore({ now: time.now });
    await store.set('session', 'record', 1000);
    time.advance(999);
    expect(await store.get('session')).toBe('record');
    time.advance(1);
    expect(await store.get('session')).toBeUndefined();
  });

  it('forgets a deleted value at once', async () => {
    const store = createMemoryStore();
    await store.set('session', 'record', 60_000);
    await store.delete('session');
    expect(await store.get('session')).toBeUndefined();
  });

  describe('when a counter is incremented', () => {
    it('counts within one window that later increments do not extend', async () => {
      const time = clock();
      const store = createMemoryStore({ now: time.now });
      expect(await store.increment('rate', 10_000)).toEqual({ count: 1, resetInMs: 10_000 });
      time.advance(4000);
      expect(await store.increment('rate', 10_000)).toEqual({ count: 2, resetInMs: 6000 });
      time.advance(6000);
      expect(await store.increment('rate', 10_000)).toEqual({ count: 1, resetInMs: 10_000 });
    });
  });

  describe('when sets hold the sessions of an account', () => {
    it('adds, lists and removes members, and lives as long as its longest-lived member', async () => {
      const time = clock();
      const store = createMemoryStore({ now: time.now });
      await store.addToSet('account', 'a', 10_000);
      await store.addToSet('account', 'b', 1_000);
      expect((await store.setMembers('account')).sort()).toEqual(['a', 'b']);
      await store.removeFromSet('account', 'a');
      expect(await store.setMembers('account')).toEqual(['b']);
      time.advance(9_999);
      expect(await store.setMembers('account')).toEqual(['b']);
      time.advance(1);
      expect(await store.setMembers('account')).toEqual([]);
      expect(await store.setMembers('never-written')).toEqual([]);
    });
  });
});
