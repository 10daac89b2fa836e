import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type CrossTabChannel,
  createCrossTabChannel,
  crossTabChannelName,
  type StorageChange,
  type StorageEventSource,
} from './cross-tab-sync.js';
import type { Session } from './session.js';
import { createSessionStore, type SessionStore, sessionStorageKey } from './session-store.js';
import { createMemoryStorage, type SessionStorageAdapter } from './storage-adapters.js';

const start = Date.parse('2026-04-05T12:00:00Z');
const user = { email: 'owner@example.com', fullname: 'Olivia Owner', role: 'user', orgId: 'org-1' };
const session: Session = { user, token: 'jwt-1', expiresAt: start + 60_000, twoFactor: 'disabled' };
const signedOut = { status: 'signedOut', user: null, token: null, expiresAt: null, twoFactor: null };

const stores: SessionStore[] = [];
function track(store: SessionStore) {
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const store of stores.splice(0)) store.destroy();
  vi.useRealTimers();
});

/** Resolves when the store next changes (cross-tab messages arrive asynchronously). */
function nextChange(store: SessionStore) {
  return new Promise<void>((resolve) => {
    const unsubscribe = store.subscribe(() => {
      unsubscribe();
      resolve();
    });
  });
}

const throwingStorage: SessionStorageAdapter = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('given a session store in memory', () => {
  it('starts signed out and records a sign-in and a sign-out', () => {
    const store = track(createSessionStore({ now: () => start }));
    expect(store.getState()).toEqual(signedOut);
    store.signIn(session);
    expect(store.getState()).toEqual({ status: 'signedIn', ...session });
    store.signOut();
    expect(store.getState()).toEqual(signedOut);
  });

  it('does not survive into a second store (nothing is persisted by default)', () => {
    track(createSessionStore({ now: () => start })).signIn(session);
    expect(track(createSessionStore({ now: () => start })).getState()).toEqual(signedOut);
  });

  it('ignores a user update while signed out', () => {
    const store = track(createSessionStore({ now: () => start }));
    store.updateUser(user);
    expect(store.getState()).toEqual(signedOut);
  });

  it('records two-step verification turned on and off, and keeps it across a user update', () => {
    const store = track(createSessionStore({ now: () => start }));
    store.signIn(session);
    store.updateTwoFactor('enabled');
    expect(store.getState()).toEqual({ status: 'signedIn', ...session, twoFactor: 'enabled' });
    store.updateUser({ ...user, fullname: 'Olivia Renamed' });
    expect(store.getState().twoFactor).toBe('enabled');
    store.updateTwoFactor('disabled');
    expect(store.getState().twoFactor).toBe('disabled');
  });

  it('ignores a two-step verification change while signed out', () => {
    const store = track(createSessionStore({ now: () => start }));
    store.updateTwoFactor('enabled');
    expect(store.getState()).toEqual(signedOut);
  });
});

describe('given a session with an expiry', () => {
  it('signs out when the expiry passes on the injected clock', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let clock = start;
    const store = track(createSessionStore({ now: () => clock }));
    store.signIn(session);
    clock = start + 59_999;
    vi.advanceTimersByTime(59_999);
    expect(store.getState().status).toBe('signedIn');
    clock = start + 60_000;
    vi.advanceTimersByTime(1);
    expect(store.getState()).toEqual(signedOut);
  });

  it('re-arms when the timer fires before the injected clock reaches the expiry', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let clock = start;
    const store = track(createSessionStore({ now: () => clock }));
    store.signIn(session);
    clock = start + 30_000;
    vi.advanceTimersByTime(60_000);
    expect(store.getState().status).toBe('signedIn');
    clock = start + 60_000;
    vi.advanceTimersByTime(30_000);
    expect(store.getState().status).toBe('signedOut');
  });

  it('refuses a session that has already expired', () => {
    const store = track(createSessionStore({ now: () => start + 120_000 }));
    store.signIn(session);
    expect(store.getState()).toEqual(signedOut);
  });

  it('checkExpiry signs out at once when the clock has passed the expiry', () => {
    let clock = start;
    const store = track(createSessionStore({ now: () => clock }));
    store.signIn(session);
    clock = start + 60_000;
    store.checkExpiry();
    expect(store.getState().status).toBe('signedOut');
  });

  it('keeps a session without an expiry until it is signed out', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = track(createSessionStore({ now: () => start }));
    store.signIn({ ...session, expiresAt: null });
    vi.advanceTimersByTime(365 * 24 * 60 * 60 * 1000);
    expect(store.getState().status).toBe('signedIn');
  });
});

describe('given persistent storage', () => {
  it('restores the session in a new store that shares the storage', () => {
    const storage = createMemoryStorage();
    track(createSessionStore({ storage, now: () => start })).signIn(session);
    expect(track(createSessionStore({ storage, now: () => start })).getState()).toEqual({
      status: 'signedIn',
      ...session,
    });
  });

  it('drops a stored session that has expired', () => {
    const storage = createMemoryStorage();
    storage.setItem(sessionStorageKey, JSON.stringify(session));
    expect(track(createSessionStore({ storage, now: () => start + 60_000 })).getState()).toEqual(signedOut);
    expect(storage.getItem(sessionStorageKey)).toBeNull();
  });

  it('restores two-step verification as it was last recorded', () => {
    const storage = createMemoryStorage();
    const store = track(createSessionStore({ storage, now: () => start }));
    store.signIn(session);
    store.updateTwoFactor('enabled');
    expect(track(createSessionStore({ storage, now: () => start })).getState().twoFactor).toBe('enabled');
  });

  it.each([
    ['not JSON', '{"user":'],
    ['without a two-step verification state', JSON.stringify({ user, token: 'jwt-1', expiresAt: null })],
    ['with an unknown two-step verification state', JSON.stringify({ ...session, twoFactor: 'maybe' })],
    ['the wrong shape', JSON.stringify({ user: { email: 'x' }, token: 1, expiresAt: null })],
    ['a bare string', JSON.stringify('jwt')],
  ])('ignores and removes stored data that is %s', (_situation, stored) => {
    const storage = createMemoryStorage();
    storage.setItem(sessionStorageKey, stored);
    expect(track(createSessionStore({ storage, now: () => start })).getState()).toEqual(signedOut);
    expect(storage.getItem(sessionStorageKey)).toBeNull();
  });

  it('forgets the stored session on sign-out', () => {
    const storage = createMemoryStorage();
    const store = track(createSessionStore({ storage, now: () => start }));
    store.signIn(session);
    store.signOut();
    expect(storage.getItem(sessionStorageKey)).toBeNull();
  });

  it('given storage that throws on every call, keeps working in memory without crashing', () => {
    const store = track(createSessionStore({ storage: throwingStorage, now: () => start }));
    expect(store.getState()).toEqual(signedOut);
    store.signIn(session);
    expect(store.getState().status).toBe('signedIn');
    store.updateUser({ ...user, fullname: 'O.' });
    expect(store.getState().user?.fullname).toBe('O.');
    store.signOut();
    expect(store.getState()).toEqual(signedOut);
  });

  it('given a localStorage whose very access throws (cookies disabled), falls back to memory', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const store = track(createSessionStore({ storage: 'localStorage', now: () => start }));
      store.signIn(session);
      expect(store.getState().status).toBe('signedIn');
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});

describe('given two tabs sharing a BroadcastChannel', () => {
  const openTab = () =>
    track(
      createSessionStore({
        now: () => start,
        crossTab: createCrossTabChannel({ BroadcastChannel, storageEvents: undefined }),
      }),
    );

  it('a sign-in in one tab signs the other in, and a sign-out signs it out', async () => {
    const first = openTab();
    const second = openTab();
    const signedInThere = nextChange(second);
    first.signIn(session);
    await signedInThere;
    expect(second.getState()).toEqual({ status: 'signedIn', ...session });
    const signedOutThere = nextChange(second);
    first.signOut();
    await signedOutThere;
    expect(second.getState()).toEqual(signedOut);
  });

  it('two-step verification turned on in one tab is on in the other', async () => {
    const first = openTab();
    const second = openTab();
    const signedInThere = nextChange(second);
    first.signIn(session);
    await signedInThere;
    const changedThere = nextChange(second);
    first.updateTwoFactor('enabled');
    await changedThere;
    expect(second.getState()).toEqual({ status: 'signedIn', ...session, twoFactor: 'enabled' });
  });

  it('ignores messages on the channel that are not sessions', async () => {
    const tab = openTab();
    tab.signIn(session);
    const intruder = new BroadcastChannel(crossTabChannelName);
    const signedOutThere = nextChange(tab);
    intruder.postMessage({ type: 'signedIn', session: { user: 'admin', token: 1 } });
    intruder.postMessage({ type: 'signedOut' });
    await signedOutThere;
    intruder.close();
    expect(tab.getState()).toEqual(signedOut);
  });
});

/** Windows that share one localStorage, which raises `storage` in every window but the writer. */
function windowsSharingLocalStorage(
  count: number,
): Array<StorageEventSource & { localStorage: SessionStorageAdapter }> {
  const listeners = new Map<number, Set<(event: StorageChange) => void>>();
  const items = new Map<string, string>();
  const notifyOthers = (writer: number, change: StorageChange) => {
    for (const [index, set] of listeners) if (index !== writer) for (const listener of set) listener(change);
  };
  return Array.from({ length: count }, (_unused, index) => {
    listeners.set(index, new Set());
    return {
      localStorage: {
        getItem: (key: string) => items.get(key) ?? null,
        setItem: (key: string, value: string) => {
          items.set(key, value);
          notifyOthers(index, { key, newValue: value });
        },
        removeItem: (key: string) => {
          items.delete(key);
          notifyOthers(index, { key, newValue: null });
        },
      },
      addEventListener: (_type, listener) => listeners.get(index)?.add(listener),
      removeEventListener: (_type, listener) => listeners.get(index)?.delete(listener),
    };
  });
}

describe('given two tabs without BroadcastChannel', () => {
  it('falls back to storage events for sign-in and sign-out, and leaves nothing in storage', () => {
    const [windowA, windowB] = windowsSharingLocalStorage(2);
    const channels = [windowA, windowB].map((source) =>
      createCrossTabChannel({ BroadcastChannel: undefined, storageEvents: source }),
    );
    const [first, second] = channels.map((crossTab) =>
      track(createSessionStore({ now: () => start, crossTab })),
    );
    first?.signIn(session);
    expect(second?.getState()).toEqual({ status: 'signedIn', ...session });
    second?.signOut();
    expect(first?.getState()).toEqual(signedOut);
  });

  it('given localStorage as the session storage, the saved session outlives the message to other tabs', () => {
    const [windowA, windowB] = windowsSharingLocalStorage(2);
    const first = track(
      createSessionStore({
        now: () => start,
        storage: windowA?.localStorage,
        crossTab: createCrossTabChannel({ BroadcastChannel: undefined, storageEvents: windowA }),
      }),
    );
    track(
      createSessionStore({
        now: () => start,
        storage: windowB?.localStorage,
        crossTab: createCrossTabChannel({ BroadcastChannel: undefined, storageEvents: windowB }),
      }),
    );
    first.signIn(session);
    expect(JSON.parse(windowA?.localStorage.getItem(sessionStorageKey) ?? 'null')).toEqual(session);
    const reloaded = track(createSessionStore({ now: () => start, storage: windowA?.localStorage }));
    expect(reloaded.getState()).toEqual({ status: 'signedIn', ...session });
  });

  it('stops listening once destroyed', () => {
    const [windowA, windowB] = windowsSharingLocalStorage(2);
    const first = track(
      createSessionStore({
        now: () => start,
        crossTab: createCrossTabChannel({ BroadcastChannel: undefined, storageEvents: windowA }),
      }),
    );
    const second = createSessionStore({
      now: () => start,
      crossTab: createCrossTabChannel({ BroadcastChannel: undefined, storageEvents: windowB }),
    });
    second.destroy();
    first.signIn(session);
    expect(second.getState()).toEqual(signedOut);
  });

  it('given neither BroadcastChannel nor storage events, has no channel and the store still works', () => {
    const crossTab: CrossTabChannel | null = createCrossTabChannel({
      BroadcastChannel: undefined,
      storageEvents: undefined,
    });
    expect(crossTab).toBeNull();
    const store = track(createSessionStore({ now: () => start, crossTab }));
    store.signIn(session);
    expect(store.getState().status).toBe('signedIn');
  });
});
