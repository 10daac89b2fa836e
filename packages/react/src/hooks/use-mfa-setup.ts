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
  const { client } = useAuthContext();
  const [controller] = useState(() => createMfaSetupController(client));
  useMounted(() => controller.destroy());
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  const disableAction = useAuthAction((authClient, input: { password: string }, options) =>
    authClient.mfa.disable(input, options),
  );
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
