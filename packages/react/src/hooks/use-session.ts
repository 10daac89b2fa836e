import type { AuthUser, TwoFactorStatus } from '@authflow-ui/core';
import { useStore } from 'zustand';
import { useAuthContext } from '../provider/auth-context.js';

/** `loading` only while a proxy-mode provider waits for the proxy to say who is signed in. */
export type SessionStatus = 'loading' | 'signedOut' | 'signedIn';

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

/**
 * The session as the core store holds it, re-rendering when it changes (in this tab or
 * another). The token is left out on purpose: components have no use for it.
 */
export function useSession(): SessionSnapshot {
  const { client, sessionLoad } = useAuthContext();
  const storeStatus = useStore(client.session, (state) => state.status);
  const status = storeStatus === 'signedOut' && sessionLoad === 'pending' ? 'loading' : storeStatus;
  const user = useStore(client.session, (state) => state.user);
  const expiresAt = useStore(client.session, (state) => state.expiresAt);
  const twoFactor = useStore(client.session, (state) => state.twoFactor);
  return { status, user, expiresAt, twoFactor };
}
