import {
  createReverificationController,
  type RecoveryCodes,
  type ReverificationController,
} from '@authflow-ui/core';
import { useState } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { type ActionResult, type ActionState, useAuthAction } from './use-auth-action.js';

export interface UseRecoveryCodesResult {
  state: ActionState<RecoveryCodes>;
  /**
   * Replaces every recovery code with new ones; the password confirms it is really the user.
   * The new codes are in `state.data` on success.
   */
  regenerate: (input: { password: string }) => Promise<ActionResult<RecoveryCodes>>;
  reset: () => void;
  /** Asks for fresh proof when the proxy answers `reauthentication_required`; render its dialog. */
  reverification: ReverificationController;
}

/** New recovery codes for the signed-in user. */
export function useRecoveryCodes(): UseRecoveryCodesResult {
  const { client, recoveryCodesLeft } = useAuthContext();
  const [reverification] = useState(() => createReverificationController(client));
  const { state, run, reset } = useAuthAction(async (authClient, input: { password: string }, options) => {
    const codes = await reverification.run(() => authClient.mfa.regenerateRecoveryCodes(input, options));
    // Fresh codes answer the "running low" warning.
    recoveryCodesLeft.record(codes.recoveryCodes.length);
    return codes;
  });
  return { state, regenerate: run, reset, reverification };
}
