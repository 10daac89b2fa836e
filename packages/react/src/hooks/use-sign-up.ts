import type { Session, SignUpInput } from '@authflow-ui/core';
import { type ActionResult, type ActionState, useAuthAction } from './use-auth-action.js';

export interface UseSignUpResult {
  state: ActionState<Session>;
  /** Creates the account and signs it in. Never rejects: the outcome is in the result and in `state`. */
  signUp: (input: SignUpInput) => Promise<ActionResult<Session>>;
  reset: () => void;
}

/** Creating an account. A taken email fails with code `user_exists`. */
export function useSignUp(): UseSignUpResult {
  const { state, run, reset } = useAuthAction((client, input: SignUpInput, options) =>
    client.signUp(input, options),
  );
  return { state, signUp: run, reset };
}
