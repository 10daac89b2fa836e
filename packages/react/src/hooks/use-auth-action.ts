import { type AuthClient, AuthError, type CallOptions, isAuthError } from '@authflow-ui/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { useCallSignal } from './use-call-signal.js';

/** Where one server action stands. */
export type ActionState<Result> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'success'; data: Result }
  | { status: 'error'; error: AuthError };

/** How one run of an action ended; `skipped` when it was already running. Never a rejection. */
export type ActionResult<Result> =
  | { status: 'success'; data: Result }
  | { status: 'error'; error: AuthError }
  | { status: 'skipped' };

export interface AuthAction<Input, Result> {
  state: ActionState<Result>;
  /**
   * Runs the action unless it already runs (a second call meanwhile is `skipped`). The result
   * arrives even if the component unmounted meanwhile, so a caller can still finish the job.
   */
  run: (input: Input) => Promise<ActionResult<Result>>;
  /** Back to `idle`, forgetting the last result or failure. */
  reset: () => void;
}

function asAuthError(error: unknown): AuthError {
  if (isAuthError(error)) return error;
  return new AuthError('invalid_response', 'AuthFlow UI: an action failed unexpectedly.', { cause: error });
}

/**
 * One client call as a react-query mutation, with an in-flight guard that holds before React
 * re-renders, and an abort when the component unmounts.
 */
export function useAuthAction<Input, Result>(
  call: (client: AuthClient, input: Input, options: CallOptions) => Promise<Result>,
): AuthAction<Input, Result> {
  const { client, queryClient } = useAuthContext();
  const { signal } = useCallSignal();
  const inFlight = useRef(false);
  const mutation = useMutation<Result, AuthError, Input>(
    {
      mutationFn: async (input) => {
        try {
          return await call(client, input, { signal: signal() });
        } catch (error) {
          throw asAuthError(error);
        }
      },
    },
    queryClient,
  );
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    async (input: Input): Promise<ActionResult<Result>> => {
      if (inFlight.current) return { status: 'skipped' };
      inFlight.current = true;
      try {
        return { status: 'success', data: await mutateAsync(input) };
      } catch (error) {
        return { status: 'error', error: asAuthError(error) };
      } finally {
        inFlight.current = false;
      }
    },
    [mutateAsync],
  );
  let state: ActionState<Result>;
  switch (mutation.status) {
    case 'idle':
      state = { status: 'idle' };
      break;
    case 'pending':
      state = { status: 'pending' };
      break;
    case 'success':
      state = { status: 'success', data: mutation.data };
      break;
    case 'error':
      state = { status: 'error', error: mutation.error };
      break;
    default:
      state = mutation satisfies never;
  }
  return { state, run, reset };
}
