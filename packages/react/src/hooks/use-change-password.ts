import { createReverificationController, type ReverificationController } from '@authflow-ui/core';
import { useState } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { type ActionResult, type ActionState, useAuthAction } from './use-auth-action.js';

export interface UseChangePasswordResult {
  state: ActionState<void>;
  /** A wrong current password fails with `invalid_credentials`; a lost session with `session_expired`. */
  changePassword: (input: { oldPassword: string; newPassword: string }) => Promise<ActionResult<void>>;
  reset: () => void;
  /** Asks for fresh proof when the proxy answers `reauthentication_required`; render its dialog. */
  reverification: ReverificationController;
}

/** Changing the signed-in user's password. */
export function useChangePassword(): UseChangePasswordResult {
  const { client } = useAuthContext();
  const [reverification] = useState(() => createReverificationController(client));
  const { state, run, reset } = useAuthAction(
    (authClient, input: { oldPassword: string; newPassword: string }, options) =>
      reverification.run(() => authClient.changePassword(input, options)),
  );
  return { state, changePassword: run, reset, reverification };
}
