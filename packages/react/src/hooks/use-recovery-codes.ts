import type { RecoveryCodes } from '@authflow-ui/core';
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
}

/** New recovery codes for the signed-in user. */
export function useRecoveryCodes(): UseRecoveryCodesResult {
  const { recoveryCodesLeft } = useAuthContext();
  const { state, run, reset } = useAuthAction(async (client, input: { password: string }, options) => {
    const codes = await client.mfa.regenerateRecoveryCodes(input, options);
    // Fresh codes answer the "running low" warning.
    recoveryCodesLeft.record(codes.recoveryCodes.length);
    return codes;
  });
  return { state, regenerate: run, reset };
}
