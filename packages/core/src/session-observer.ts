import type { AuthClient } from './auth-client.js';
import { createExternalStore, type ExternalStore } from './external-store.js';
import type { AuthUser, TwoFactorStatus } from './session.js';
import type { SessionState } from './session-store.js';

/** `loading` only while a proxy-mode client waits for the proxy to say who is signed in. */
export type SessionStatus = 'loading' | 'signedOut' | 'signedIn';

/** The session as a UI shows it; the token is left out on purpose: a screen has no use for it. */
export interface SessionSnapshot {
  status: SessionStatus;
  user: AuthUser | null;
  /** Session expiry in epoch milliseconds, when known. */
  expiresAt: number | null;
  /**
   * Whether two-step verification is on, `null` while signed out. Known from how the session
   * began (a second factor means on) and kept up to date by set-up and disable, in every tab.
   */
  twoFactor: TwoFactorStatus | null;
}

export interface SessionObserverOptions {
  /**
   * `ask` (the default): a proxy-mode client asks the proxy who is signed in on `start()`.
   * `known`: the client was made with the session a server read for this page, so there is
   * nothing to ask and no `loading` state.
   */
  session?: 'ask' | 'known';
}

/** A change a UI tells its app about: a restored session (a reload) is not a sign-in. */
export type SessionEvent = { type: 'signedIn'; user: AuthUser } | { type: 'signedOut' };

export interface SessionObserver extends ExternalStore<SessionSnapshot> {
  /**
   * Asks who is signed in where only a server can say (proxy mode: the cookie is HttpOnly);
   * `loading` until the answer. Returns a stop function that abandons the question; a later
   * `start()` asks again if no answer came (StrictMode mounts twice).
   */
  start(): () => void;
  /** Sign-ins and sign-outs, in this tab or another; never the session found again on start. */
  onEvent(listener: (event: SessionEvent) => void): () => void;
  /** Stops following the session store. */
  destroy(): void;
}

function snapshotOf(state: SessionState, loading: boolean): SessionSnapshot {
  if (state.status === 'signedIn')
    return { status: 'signedIn', user: state.user, expiresAt: state.expiresAt, twoFactor: state.twoFactor };
  return { status: loading ? 'loading' : 'signedOut', user: null, expiresAt: null, twoFactor: null };
}

/**
 * The session status a UI shows, `loading` included, for any framework. A direct-mode client's
 * store already knows the session, so it never loads; an unreachable proxy settles on signed out
 * (every screen can still sign in) rather than loading forever.
 */
export function createSessionObserver(
  client: AuthClient,
  options: SessionObserverOptions = {},
): SessionObserver {
  let loading =
    client.mode === 'proxy' &&
    options.session !== 'known' &&
    client.session.getState().status === 'signedOut';
  const store = createExternalStore(snapshotOf(client.session.getState(), loading));
  const eventListeners = new Set<(event: SessionEvent) => void>();
  const refresh = () => {
    const next = snapshotOf(client.session.getState(), loading);
    const current = store.getSnapshot();
    const same =
      next.status === current.status &&
      next.user === current.user &&
      next.expiresAt === current.expiresAt &&
      next.twoFactor === current.twoFactor;
    if (!same) store.set(next);
  };
  const emit = (event: SessionEvent) => {
    for (const listener of [...eventListeners]) listener(event);
  };
  const unsubscribe = client.session.subscribe((next, previous) => {
    const restoring = loading;
    refresh();
    if (next.status === previous.status) return;
    if (next.status === 'signedIn' && !restoring) emit({ type: 'signedIn', user: next.user });
    if (next.status === 'signedOut') emit({ type: 'signedOut' });
  });
  const settle = () => {
    loading = false;
    refresh();
  };
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    start: () => {
      if (!loading) return () => {};
      const controller = new AbortController();
      client.loadSession({ signal: controller.signal }).then(settle, () => {
        // An abandoned question is not an answer; any other failure settles on signed out.
        if (!controller.signal.aborted) settle();
      });
      return () => controller.abort();
    },
    onEvent: (listener) => {
      eventListeners.add(listener);
      return () => {
        eventListeners.delete(listener);
      };
    },
    destroy: unsubscribe,
  };
}
