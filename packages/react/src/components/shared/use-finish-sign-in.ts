import { type AuthUser, isLowOnRecoveryCodes } from '@authflow-ui/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { SignedInDetails } from '../../hooks/use-sign-in.js';
import { type AfterSignInProps, useAfterSignIn } from './use-after-sign-in.js';

/**
 * What a finished sign-in still shows before it moves on: nothing, the low-recovery-codes
 * notice, or the optional "Add a passkey" prompt (`promptPasskey`).
 */
export type SignInEnding = 'none' | 'lowRecoveryCodesNotice' | 'passkeyPrompt';

export interface FinishSignInOptions {
  /** After a password sign-in, offer to add a passkey before moving on. Default `false`. */
  promptPasskey?: boolean;
}

export interface FinishSignIn {
  /** For `useSignIn({ onSignedIn })`: a password sign-in, with or without a second factor. */
  onSignedIn: (details: SignedInDetails) => void;
  /** For `usePasskeySignIn({ onSignedIn })`: a passkey sign-in, which never prompts for another. */
  onPasskeySignedIn: (details: SignedInDetails) => void;
  /** What the screen shows before the sign-in finishes. */
  ending: SignInEnding;
  /** The person is done with `ending` (read the notice, answered the prompt): go on. */
  proceed: (from: SignInEnding) => void;
}

/**
 * Finishes a sign-in the moment it succeeds (app callback, safe redirect), even when the screen
 * has already left, except when the screen is still there to show something first: the notice
 * that recovery codes ran low, then the passkey prompt. It finishes once the person has passed
 * them.
 */
export function useFinishSignIn(after: AfterSignInProps, options: FinishSignInOptions = {}): FinishSignIn {
  const finish = useAfterSignIn(after);
  const promptPasskey = options.promptPasskey === true;
  const [ending, setEnding] = useState<SignInEnding>('none');
  const waitingUser = useRef<AuthUser | null>(null);
  const onSignedIn = useCallback(
    ({ user, remainingRecoveryCodes, stillShown }: SignedInDetails) => {
      const low = remainingRecoveryCodes !== null && isLowOnRecoveryCodes(remainingRecoveryCodes);
      const first: SignInEnding = !stillShown
        ? 'none'
        : low
          ? 'lowRecoveryCodesNotice'
          : promptPasskey
            ? 'passkeyPrompt'
            : 'none';
      if (first === 'none') {
        finish(user);
        return;
      }
      waitingUser.current = user;
      setEnding(first);
    },
    [finish, promptPasskey],
  );
  const onPasskeySignedIn = useCallback(({ user }: SignedInDetails) => finish(user), [finish]);
  const proceed = useCallback(
    (from: SignInEnding) => {
      const user = waitingUser.current;
      // A second answer to the same ending (a double click, a late callback) moves nothing.
      if (user === null || from !== ending) return;
      if (from === 'lowRecoveryCodesNotice' && promptPasskey) {
        setEnding('passkeyPrompt');
        return;
      }
      waitingUser.current = null;
      setEnding('none');
      finish(user);
    },
    [finish, promptPasskey, ending],
  );
  return useMemo(
    () => ({ onSignedIn, onPasskeySignedIn, ending, proceed }),
    [onSignedIn, onPasskeySignedIn, ending, proceed],
  );
}
