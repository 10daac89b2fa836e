import type { SessionSnapshot } from '@authflow-ui/core';
import { useSyncExternalStore } from 'react';
import { useAuthContext } from '../provider/auth-context.js';

/**
 * The session as core's session observer shows it (`loading` while a proxy-mode provider
 * waits for the proxy), re-rendering when it changes in this tab or another.
 */
export function useSession(): SessionSnapshot {
  const { sessionObserver } = useAuthContext();
  return useSyncExternalStore(
    sessionObserver.subscribe,
    sessionObserver.getSnapshot,
    sessionObserver.getSnapshot,
  );
}
