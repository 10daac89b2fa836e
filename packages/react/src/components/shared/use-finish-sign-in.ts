import { type AuthUser, isLowOnRecoveryCodes } from '@authflow-ui/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { SignedInDetails } from '../../hooks/use-sign-in.js';
import { type AfterSignInProps, useAfterSignIn } from './use-after-sign-in.js';

export interface FinishSignIn {
  /** For `useSignIn({ onSignedIn })`. */
  onSignedIn: (details: SignedInDetails) => void;
  /** A low-recovery-codes notice waits to be read before the sign-in finishes. */
  noticePending: boolean;
  /** The notice was read: finish now. */
  continueAfterNotice: () => void;
}

/**
 * Finishes a sign-in the moment it succeeds (app callback, safe redirect), even when the screen
 * has already left, except when recovery codes ran low and the screen is still there to say so:
 * then it finishes once the person has read the notice.
 */
export function useFinishSignIn(after: AfterSignInProps): FinishSignIn {
  const finish = useAfterSignIn(after);
  const [noticePending, setNoticePending] = useState(false);
  const waitingUser = useRef<AuthUser | null>(null);
  const onSignedIn = useCallback(
    ({ user, remainingRecoveryCodes, stillShown }: SignedInDetails) => {
      const low = remainingRecoveryCodes !== null && isLowOnRecoveryCodes(remainingRecoveryCodes);
      if (low && stillShown) {
        waitingUser.current = user;
        setNoticePending(true);
        return;
      }
      finish(user);
    },
    [finish],
  );
  const continueAfterNotice = useCallback(() => {
    setNoticePending(false);
    if (waitingUser.current) finish(waitingUser.current);
  }, [finish]);
  return useMemo(
    () => ({ onSignedIn, noticePending, continueAfterNotice }),
    [onSignedIn, noticePending, continueAfterNotice],
  );
}
