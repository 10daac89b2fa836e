import {
  createSignInController,
  type MfaChallenge,
  type SignedInDetails,
  type SignInActions,
  type SignInSnapshot,
} from '@authflow-ui/core';
import { useRef, useState, useSyncExternalStore } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { useMounted } from './use-mounted.js';

export type { SignedInDetails };

export interface UseSignInOptions {
  /** Start at the second factor of a sign-in that already passed its password step. */
  challenge?: MfaChallenge;
  /**
   * Called once the sign-in succeeds, even when the component has meanwhile left the screen
   * (the usual `<SignedOut><SignIn /></SignedOut>` removes it the moment the session starts).
   */
  onSignedIn?: (details: SignedInDetails) => void;
}

/** Core's sign-in snapshot plus its verb-named actions. */
export type UseSignInResult = SignInSnapshot & SignInActions;

/**
 * The sign-in flow for a screen: core's `createSignInController`, connected to React. The
 * controller holds the flow, the requests and the one in-flight guard; this hook only
 * subscribes, and destroys it when the component leaves.
 */
export function useSignIn(options: UseSignInOptions = {}): UseSignInResult {
  const { client, recoveryCodesLeft } = useAuthContext();
  const onSignedIn = useRef(options.onSignedIn);
  onSignedIn.current = options.onSignedIn;
  const [controller] = useState(() =>
    createSignInController(client, {
      ...(options.challenge ? { challenge: options.challenge } : {}),
      onSignedIn: (details) => onSignedIn.current?.(details),
      recoveryCodesLeft,
    }),
  );
  useMounted(() => controller.destroy());
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  return {
    ...snapshot,
    submitPassword: controller.submitPassword,
    verifyCode: controller.verifyCode,
    sendEmailCode: controller.sendEmailCode,
    toMethod: controller.toMethod,
    toPassword: controller.toPassword,
  };
}
