import {
  type AuthError,
  type AuthUser,
  initialSignInState,
  isAuthError,
  isLowOnRecoveryCodes,
  type MfaChallenge,
  type MfaMethod,
  type SignInMfaStep,
  type SignInState,
  type SignInStep,
  signInMfaStepOf,
  signInStepOf,
  signInTransition,
} from '@authflow-ui/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { useCallSignal } from './use-call-signal.js';
import { useFlow } from './use-flow.js';

export interface SignedInDetails {
  user: AuthUser;
  /** Codes left after a recovery-code sign-in; `null` after any other sign-in. */
  remainingRecoveryCodes: number | null;
  /** Whether the component that asked is still on screen (`<SignedOut>` may have removed it). */
  stillShown: boolean;
}

export interface UseSignInOptions {
  /** Start at the second factor of a sign-in that already passed its password step. */
  challenge?: MfaChallenge;
  /**
   * Called once the sign-in succeeds, even when the component has meanwhile left the screen
   * (the usual `<SignedOut><SignIn /></SignedOut>` removes it the moment the session starts).
   */
  onSignedIn?: (details: SignedInDetails) => void;
}

export interface UseSignInResult {
  /** The core flow state, as `signInTransition` produced it. */
  state: SignInState;
  /** The step on screen; a failure shows over the step it interrupted. */
  step: SignInStep;
  /** The pending second factor while `step` is `mfa`. */
  mfa: SignInMfaStep | null;
  /** The last failure, until the next action. */
  error: AuthError | null;
  /** Which request runs, if any. */
  pending: 'password' | 'code' | 'emailCode' | null;
  /** Codes left after a recovery-code sign-in; `null` after any other sign-in. */
  remainingRecoveryCodes: number | null;
  /** Checks email and password; ends signed in or at the second factor. */
  submitPassword: (input: { email: string; password: string; role?: string }) => Promise<void>;
  /** Checks a code of the active method (authenticator, email or recovery code). */
  verifyCode: (code: string) => Promise<void>;
  /** Emails a one-time code and makes email the active method. */
  sendEmailCode: () => Promise<void>;
  /** Switches the second factor without a request. */
  toMethod: (method: MfaMethod) => void;
  /** Back to the password step, forgetting the pending challenge. */
  toPassword: () => void;
}

function toAuthError(error: unknown): AuthError | null {
  return isAuthError(error) ? error : null;
}

/**
 * The sign-in flow for a screen: core's `signInTransition` plus the client calls that drive
 * it. A second submit while one runs is ignored by the flow itself.
 */
export function useSignIn(options: UseSignInOptions = {}): UseSignInResult {
  const { client, queryClient, setRecoveryCodesLeft } = useAuthContext();
  const { challenge } = options;
  const onSignedIn = useRef(options.onSignedIn);
  onSignedIn.current = options.onSignedIn;
  const [state, dispatch, current] = useFlow(signInTransition, (): SignInState => {
    if (!challenge) return initialSignInState;
    const methods = [...challenge.methods];
    return { status: 'mfaRequired', challenge, methods, activeMethod: methods[0] ?? 'totp' };
  });
  const { signal, isActive } = useCallSignal();
  const passwordCall = useMutation(
    {
      mutationFn: (input: { email: string; password: string; role?: string }) =>
        client.signIn(input, { signal: signal() }),
    },
    queryClient,
  );
  const codeCall = useMutation(
    {
      mutationFn: async ({ step, code }: { step: SignInMfaStep; code: string }) => {
        const callOptions = { signal: signal() };
        switch (step.activeMethod) {
          case 'totp':
            return {
              session: await client.mfa.verifyTotp(step.challenge, code, callOptions),
              remaining: null,
            };
          case 'email':
            return {
              session: await client.mfa.verifyEmailCode(step.challenge, code, callOptions),
              remaining: null,
            };
          case 'recovery': {
            const result = await client.mfa.verifyRecoveryCode(step.challenge, code, callOptions);
            return { session: result.session, remaining: result.remainingCodes };
          }
          default:
            return step.activeMethod satisfies never;
        }
      },
    },
    queryClient,
  );
  const emailCall = useMutation(
    {
      mutationFn: (pendingChallenge: MfaChallenge) =>
        client.mfa.sendEmailCode(pendingChallenge, { signal: signal() }),
    },
    queryClient,
  );
  const { mutateAsync: callPassword } = passwordCall;
  const { mutateAsync: callCode } = codeCall;
  const { mutateAsync: callEmail } = emailCall;

  const sendingEmail = useRef(false);

  const fail = useCallback(
    (error: unknown) => {
      const authError = toAuthError(error);
      if (authError && isActive()) dispatch({ type: 'failed', error: authError });
    },
    [dispatch, isActive],
  );

  const submitPassword = useCallback<UseSignInResult['submitPassword']>(
    async (input) => {
      if (!dispatch({ type: 'submit' })) return;
      try {
        const result = await callPassword(input);
        if (result.type === 'session') {
          onSignedIn.current?.({
            user: result.session.user,
            remainingRecoveryCodes: null,
            stillShown: isActive(),
          });
          if (isActive()) dispatch({ type: 'signedIn', session: result.session });
        } else if (isActive()) dispatch({ type: 'mfaRequired', challenge: result.challenge });
      } catch (error) {
        fail(error);
      }
    },
    [dispatch, callPassword, isActive, fail],
  );

  const verifyCode = useCallback<UseSignInResult['verifyCode']>(
    async (code) => {
      const step = signInMfaStepOf(current());
      if (!step || !dispatch({ type: 'verify' })) return;
      try {
        const { session, remaining } = await callCode({ step, code });
        setRecoveryCodesLeft(remaining !== null && isLowOnRecoveryCodes(remaining) ? remaining : null);
        onSignedIn.current?.({
          user: session.user,
          remainingRecoveryCodes: remaining,
          stillShown: isActive(),
        });
        if (isActive()) dispatch({ type: 'signedIn', session });
      } catch (error) {
        fail(error);
      }
    },
    [current, dispatch, callCode, isActive, setRecoveryCodesLeft, fail],
  );

  const sendEmailCode = useCallback<UseSignInResult['sendEmailCode']>(async () => {
    const now = current();
    const step = signInMfaStepOf(now);
    // Sending while a code is being checked, or twice at once, would race the answers.
    if (!step || now.status === 'verifying' || sendingEmail.current) return;
    sendingEmail.current = true;
    try {
      const { sentAt } = await callEmail(step.challenge);
      if (isActive()) dispatch({ type: 'emailCodeSent', sentAt });
    } catch (error) {
      fail(error);
    } finally {
      sendingEmail.current = false;
    }
  }, [current, callEmail, isActive, dispatch, fail]);

  const toMethod = useCallback(
    (method: MfaMethod) => void dispatch({ type: 'chooseMethod', method }),
    [dispatch],
  );
  const toPassword = useCallback(() => void dispatch({ type: 'reset' }), [dispatch]);

  const codeResult = codeCall.data;
  return {
    state,
    step: signInStepOf(state),
    mfa: signInMfaStepOf(state),
    error: state.status === 'error' ? state.error : null,
    pending: passwordCall.isPending
      ? 'password'
      : codeCall.isPending
        ? 'code'
        : emailCall.isPending
          ? 'emailCode'
          : null,
    remainingRecoveryCodes: state.status === 'signedIn' && codeResult ? codeResult.remaining : null,
    submitPassword,
    verifyCode,
    sendEmailCode,
    toMethod,
    toPassword,
  };
}
