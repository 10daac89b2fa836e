import { type ActionResult, type ActionState, useAuthAction } from './use-auth-action.js';

export interface UseChangePasswordResult {
  state: ActionState<void>;
  /** A wrong current password fails with `invalid_credentials`; a lost session with `session_expired`. */
  changePassword: (input: { oldPassword: string; newPassword: string }) => Promise<ActionResult<void>>;
  reset: () => void;
}

/** Changing the signed-in user's password. */
export function useChangePassword(): UseChangePasswordResult {
  const { state, run, reset } = useAuthAction(
    (client, input: { oldPassword: string; newPassword: string }, options) =>
      client.changePassword(input, options),
  );
  return { state, changePassword: run, reset };
}
