import { useSyncExternalStore } from 'react';
import { useAuthContext } from '../provider/auth-context.js';

/** Codes left when a recovery-code sign-in left few (core's `RecoveryCodesWarning`), else `null`. */
export function useRecoveryCodesWarning(): number | null {
  const { recoveryCodesWarning } = useAuthContext();
  return useSyncExternalStore(
    recoveryCodesWarning.subscribe,
    recoveryCodesWarning.getSnapshot,
    recoveryCodesWarning.getSnapshot,
  );
}
