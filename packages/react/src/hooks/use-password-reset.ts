import { type ActionResult, type ActionState, useAuthAction } from './use-auth-action.js';

export interface UsePasswordResetResult {
  requestState: ActionState<void>;
  /** Asks for a reset email. Succeeds the same whether or not the account exists. */
  requestResetLink: (input: { email: string; role?: string }) => Promise<ActionResult<void>>;
  resetState: ActionState<void>;
  /** Sets a new password with the token from the reset link. An old or used token fails with `expired`. */
  resetPassword: (input: { token: string; newPassword: string }) => Promise<ActionResult<void>>;
  /** Back to the start, e.g. to ask again for another address. */
  reset: () => void;
}

/** Both halves of a forgotten password: asking for the link, then choosing the new password. */
export function usePasswordReset(): UsePasswordResetResult {
  const request = useAuthAction((client, input: { email: string; role?: string }, options) =>
    client.forgotPassword(input, options),
  );
  const resetAction = useAuthAction((client, input: { token: string; newPassword: string }, options) =>
    client.resetPassword(input, options),
  );
  const resetRequest = request.reset;
  const resetReset = resetAction.reset;
  return {
    requestState: request.state,
    requestResetLink: request.run,
    resetState: resetAction.state,
    resetPassword: resetAction.run,
    reset: () => {
      resetRequest();
      resetReset();
    },
  };
}
