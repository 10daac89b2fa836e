import {
  type AuthError,
  initialMfaSetupState,
  isAuthError,
  type MfaSetupState,
  type MfaSetupStep,
  mfaSetupStepOf,
  mfaSetupTransition,
  type TotpEnrollment,
} from '@authflow-ui/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { type ActionResult, type ActionState, useAuthAction } from './use-auth-action.js';
import { useCallSignal } from './use-call-signal.js';
import { useFlow } from './use-flow.js';

export interface UseMfaSetupResult {
  /** The core flow state, as `mfaSetupTransition` produced it. */
  state: MfaSetupState;
  /** The step on screen; a failure shows over the step it interrupted. */
  step: MfaSetupStep;
  /** The secret and QR code while scanning. */
  enrollment: TotpEnrollment | null;
  /** The new recovery codes, shown once. */
  recoveryCodes: string[] | null;
  error: AuthError | null;
  /** A set-up request runs. */
  pending: boolean;
  /** Asks for a new secret and QR code. */
  start: () => Promise<void>;
  /** Turns 2FA on with the first code from the authenticator app. */
  verifyCode: (code: string) => Promise<void>;
  /** The person saved the recovery codes; the set-up is done. */
  acknowledgeCodes: () => void;
  /** Back to the start, abandoning an unfinished set-up. */
  toStart: () => void;
  disableState: ActionState<void>;
  /** Turns 2FA off; the password confirms it is really the user. */
  disable: (input: { password: string }) => Promise<ActionResult<void>>;
  resetDisable: () => void;
}

function shownState(state: MfaSetupState) {
  return state.status === 'error' ? state.previous : state;
}

/** Setting up (and turning off) authenticator-app two-factor authentication for the signed-in user. */
export function useMfaSetup(): UseMfaSetupResult {
  const { client, queryClient } = useAuthContext();
  const [state, dispatch, current] = useFlow(mfaSetupTransition, (): MfaSetupState => initialMfaSetupState);
  const { signal, isActive } = useCallSignal();
  const enableCall = useMutation({ mutationFn: () => client.mfa.enable({ signal: signal() }) }, queryClient);
  const verifyCall = useMutation(
    {
      mutationFn: (input: { secret: string; code: string }) =>
        client.mfa.verifySetup(input, { signal: signal() }),
    },
    queryClient,
  );
  const disableAction = useAuthAction((authClient, input: { password: string }, options) =>
    authClient.mfa.disable(input, options),
  );
  const { mutateAsync: callEnable } = enableCall;
  const { mutateAsync: callVerify } = verifyCall;

  const fail = useCallback(
    (error: unknown) => {
      if (isAuthError(error) && isActive()) dispatch({ type: 'failed', error });
    },
    [dispatch, isActive],
  );

  const start = useCallback(async () => {
    if (!dispatch({ type: 'start' })) return;
    try {
      const enrollment = await callEnable();
      if (isActive()) dispatch({ type: 'enrolled', enrollment });
    } catch (error) {
      fail(error);
    }
  }, [dispatch, callEnable, isActive, fail]);

  const verifyCode = useCallback(
    async (code: string) => {
      const shown = shownState(current());
      if (shown.status !== 'enrolled' || !dispatch({ type: 'verify' })) return;
      try {
        const { recoveryCodes } = await callVerify({ secret: shown.secret, code });
        if (isActive()) dispatch({ type: 'verified', recoveryCodes });
      } catch (error) {
        fail(error);
      }
    },
    [current, dispatch, callVerify, isActive, fail],
  );

  const acknowledgeCodes = useCallback(() => void dispatch({ type: 'acknowledgeCodes' }), [dispatch]);
  const toStart = useCallback(() => void dispatch({ type: 'reset' }), [dispatch]);

  const shown = shownState(state);
  return {
    state,
    step: mfaSetupStepOf(state),
    enrollment:
      shown.status === 'enrolled' || shown.status === 'verifying'
        ? { secret: shown.secret, qrCode: shown.qrCode, otpauthUrl: shown.otpauthUrl }
        : null,
    recoveryCodes: shown.status === 'showingCodes' ? shown.recoveryCodes : null,
    error: state.status === 'error' ? state.error : null,
    pending: enableCall.isPending || verifyCall.isPending,
    start,
    verifyCode,
    acknowledgeCodes,
    toStart,
    disableState: disableAction.state,
    disable: disableAction.run,
    resetDisable: disableAction.reset,
  };
}
