import { createExternalStore, type ExternalStore } from './external-store.js';
import type { SessionStoreApi } from './session-store.js';

/**
 * Unused recovery codes, where this page knows: after a recovery-code sign-in (AuthFlow says how
 * many are left), a set-up or new codes; `null` otherwise. Every screen reads it: the sign-in card
 * and the user menu warn while it is low (`isLowOnRecoveryCodes`), `<RecoveryCodes>` shows it.
 */
export interface RecoveryCodesLeft extends ExternalStore<number | null> {
  /** Records how many unused codes the account now has. */
  record(remainingCodes: number): void;
  /** The count is no longer known (another kind of sign-in) or no longer exists (2FA off). */
  forget(): void;
  /** Stops following the session. */
  destroy(): void;
}

/** The count ends with the session it belongs to: a sign-out forgets it. */
export function createRecoveryCodesLeft(session: SessionStoreApi): RecoveryCodesLeft {
  const store = createExternalStore<number | null>(null);
  const unsubscribe = session.subscribe((next) => {
    if (next.status === 'signedOut') store.set(null);
  });
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    record: (remainingCodes) => store.set(remainingCodes),
    forget: () => store.set(null),
    destroy: unsubscribe,
  };
}
