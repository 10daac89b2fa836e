import { createMfaSetupController, type MfaSetupActions, type MfaSetupSnapshot } from '@authflow-ui/core';
import { useState, useSyncExternalStore } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { type ActionResult, type ActionState, useAuthAction } from './use-auth-action.js';
import { useMounted } from './use-mounted.js';

export interface UseMfaSetupResult extends MfaSetupSnapshot, MfaSetupActions {
  disableState: ActionState<void>;
  /** Turns 2FA off; the password confirms it is really the user. */
  disable: (input: { password: string }) => Promise<ActionResult<void>>;
  resetDisable: () => void;
}

/**
 * Setting up (and turning off) authenticator-app two-factor authentication for the signed-in
 * user: core's `createMfaSetupController`, connected to React.
 */
export function useMfaSetup(): UseMfaSetupResult {
  const { client, recoveryCodesLeft } = useAuthContext();
  const [controller] = useState(() => createMfaSetupController(client, { recoveryCodesLeft }));
  useMounted(() => controller.destroy());
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  const disableAction = useAuthAction(async (authClient, input: { password: string }, options) => {
    await authClient.mfa.disable(input, options);
    // Turning 2FA off voids every recovery code.
    recoveryCodesLeft.forget();
  });
  return {
    ...snapshot,
    start: controller.start,
    verifyCode: controller.verifyCode,
    acknowledgeCodes: controller.acknowledgeCodes,
    toStart: controller.toStart,
    disableState: disableAction.state,
    disable: disableAction.run,
    resetDisable: disableAction.reset,
  };
}
