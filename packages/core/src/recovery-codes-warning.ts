import { createExternalStore, type ExternalStore } from './external-store.js';
import { isLowOnRecoveryCodes } from './low-recovery-codes.js';
import type { SessionStoreApi } from './session-store.js';

/**
 * The "running low on recovery codes" signal every screen can read (the sign-in card, the user
 * menu): the codes left after the last recovery-code sign-in when they are low, else `null`.
 */
export interface RecoveryCodesWarning extends ExternalStore<number | null> {
  /** Records what a recovery-code sign-in left; warns only when it is low. */
  recordRemaining(remainingCodes: number): void;
  /** New codes were made (or another sign-in happened): nothing to warn about. */
  clear(): void;
  /** Stops following the session. */
  destroy(): void;
}

/** The warning ends with the session it belongs to: a sign-out clears it. */
export function createRecoveryCodesWarning(session: SessionStoreApi): RecoveryCodesWarning {
  const store = createExternalStore<number | null>(null);
  const unsubscribe = session.subscribe((next) => {
    if (next.status === 'signedOut') store.set(null);
  });
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    recordRemaining: (remainingCodes) =>
      store.set(isLowOnRecoveryCodes(remainingCodes) ? remainingCodes : null),
    clear: () => store.set(null),
    destroy: unsubscribe,
  };
}
