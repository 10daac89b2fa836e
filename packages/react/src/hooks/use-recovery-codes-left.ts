import { useSyncExternalStore } from 'react';
import { useAuthContext } from '../provider/auth-context.js';

/** Unused recovery codes where this page knows them (core's `RecoveryCodesLeft`), else `null`. */
export function useRecoveryCodesLeft(): number | null {
  const { recoveryCodesLeft } = useAuthContext();
  return useSyncExternalStore(
    recoveryCodesLeft.subscribe,
    recoveryCodesLeft.getSnapshot,
    recoveryCodesLeft.getSnapshot,
  );
}
