import type { TwoFactorStatus } from '@authflow-ui/contract';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossTabChannel } from './cross-tab-sync.js';
import { type AuthUser, isSession, type Session } from './session.js';
import { resolveSessionStorage, type SessionStorageOption } from './storage-adapters.js';

/** The session as a UI sees it. */
export type SessionState =
  | { status: 'signedOut'; user: null; token: null; expiresAt: null; twoFactor: null }
  | {
      status: 'signedIn';
      user: AuthUser;
      /** The session JWT (`direct` mode), or `null` when a server keeps it. */
      token: string | null;
      /** Epoch milliseconds from the JWT `exp`; the store signs out when it passes. */
      expiresAt: number | null;
      /** Whether two-step verification is on (see `Session.twoFactor`). */
      twoFactor: TwoFactorStatus;
    };

/** The read side of the store, what `client.session` exposes (zustand's `ReadonlyStoreApi`). */
export type SessionStoreApi = Pick<StoreApi<SessionState>, 'getState' | 'getInitialState' | 'subscribe'>;

export interface SessionStore extends SessionStoreApi {
  /** Records a new session here, persists it and tells other tabs. */
  signIn(session: Session): void;
  /** Replaces the user of the current session (after `me()`); ignored when signed out. */
  updateUser(user: AuthUser): void;
  /**
   * Records that two-step verification was turned on or off, persists it and tells other tabs;
   * ignored when signed out.
   */
  updateTwoFactor(twoFactor: TwoFactorStatus): void;
  /** Forgets the session here, in storage and in other tabs. */
  signOut(): void;
  /** Signs out if the session's expiry has passed on the injected clock. */
  checkExpiry(): void;
  /** Stops the expiry timer and leaves the cross-tab channel. */
  destroy(): void;
}

export interface SessionStoreOptions {
  /** Where the session survives a reload. Default `'memory'` (it does not). */
  storage?: SessionStorageOption;
  /** Clock in epoch milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Channel to other tabs; `null` (the default) keeps this store to itself. */
  crossTab?: CrossTabChannel | null;
  /**
   * A session a server already confirmed, the store's first state instead of what storage holds:
   * a server-rendered page and its hydration then start from the same state.
   */
  initialSession?: Session;
  /** Sign out by timer when the session expires. Default `true`. */
  expiryTimer?: boolean;
}

/** The storage key of the persisted session. */
export const sessionStorageKey = 'authflow-ui:session';

/** setTimeout cannot wait longer than 2^31 - 1 ms; a longer wait is re-armed when it fires. */
const longestTimerMs = 2_147_483_647;

const signedOutState: SessionState = {
  status: 'signedOut',
  user: null,
  token: null,
  expiresAt: null,
  twoFactor: null,
};

function signedInState(session: Session): SessionState {
  return {
    status: 'signedIn',
    user: session.user,
    token: session.token,
    expiresAt: session.expiresAt,
    twoFactor: session.twoFactor,
  };
}

/**
 * The session store (a `zustand/vanilla` store). In memory by default; optional storage that
 * never crashes the page; signs out when the JWT `exp` passes; mirrors sign-in and sign-out
 * to other tabs through the cross-tab channel.
 */
export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const now = options.now ?? Date.now;
  const storage = resolveSessionStorage(options.storage);
  const crossTab = options.crossTab ?? null;
  const isExpired = (session: Session) => session.expiresAt !== null && session.expiresAt <= now();

  const restore = (): SessionState => {
    const initial = options.initialSession;
    if (initial !== undefined) return isExpired(initial) ? signedOutState : signedInState(initial);
    const stored = storage.getItem(sessionStorageKey);
    if (stored === null) return signedOutState;
    let session: unknown;
    try {
      session = JSON.parse(stored);
    } catch {
      session = undefined;
    }
    if (isSession(session) && !isExpired(session)) return signedInState(session);
    storage.removeItem(sessionStorageKey);
    return signedOutState;
  };

  const store = createStore<SessionState>()(() => restore());
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const forget = () => {
    stopTimer();
    storage.removeItem(sessionStorageKey);
    store.setState(signedOutState, true);
  };

  const checkExpiry = () => {
    const state = store.getState();
    if (state.status === 'signedIn' && state.expiresAt !== null && state.expiresAt <= now()) forget();
  };

  const armTimer = () => {
    stopTimer();
    if (options.expiryTimer === false) return;
    const { expiresAt } = store.getState();
    if (expiresAt === null) return;
    const delay = Math.min(Math.max(0, expiresAt - now()), longestTimerMs);
    timer = setTimeout(() => {
      timer = undefined;
      checkExpiry();
      if (store.getState().status === 'signedIn') armTimer();
    }, delay);
    // A server process must be free to exit while a twelve-hour session is pending.
    if (typeof timer === 'object' && 'unref' in timer) timer.unref();
  };

  const adopt = (session: Session) => {
    if (isExpired(session)) return forget();
    storage.setItem(sessionStorageKey, JSON.stringify(session));
    store.setState(signedInState(session), true);
    armTimer();
  };

  const unsubscribe = crossTab?.subscribe((message) => {
    switch (message.type) {
      case 'signedIn':
        adopt(message.session);
        break;
      case 'signedOut':
        forget();
        break;
      default:
        message satisfies never;
    }
  });
  armTimer();

  return {
    getState: store.getState,
    getInitialState: store.getInitialState,
    subscribe: store.subscribe,
    signIn: (session) => {
      adopt(session);
      if (store.getState().status === 'signedIn') crossTab?.post({ type: 'signedIn', session });
    },
    updateUser: (user) => {
      const state = store.getState();
      if (state.status !== 'signedIn') return;
      const session: Session = {
        user,
        token: state.token,
        expiresAt: state.expiresAt,
        twoFactor: state.twoFactor,
      };
      storage.setItem(sessionStorageKey, JSON.stringify(session));
      store.setState(signedInState(session), true);
    },
    updateTwoFactor: (twoFactor) => {
      const state = store.getState();
      if (state.status !== 'signedIn' || state.twoFactor === twoFactor) return;
      const session: Session = {
        user: state.user,
        token: state.token,
        expiresAt: state.expiresAt,
        twoFactor,
      };
      adopt(session);
      crossTab?.post({ type: 'signedIn', session });
    },
    signOut: () => {
      forget();
      crossTab?.post({ type: 'signedOut' });
    },
    checkExpiry,
    destroy: () => {
      stopTimer();
      unsubscribe?.();
      crossTab?.close();
    },
  };
}
