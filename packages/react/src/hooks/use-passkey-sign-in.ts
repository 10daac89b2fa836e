import {
  createPasskeySignInController,
  type PasskeySignInController,
  type PasskeySignInSnapshot,
  type SignedInDetails,
} from '@authflow-ui/core';
import { useRef, useState, useSyncExternalStore } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { useMounted } from './use-mounted.js';

export interface UsePasskeySignInOptions {
  onSignedIn?: (details: SignedInDetails) => void;
  /** Offer passkeys in the email field's autofill where the browser can. Default `true`. */
  autofill?: boolean;
}

export type UsePasskeySignInResult = PasskeySignInSnapshot & Pick<PasskeySignInController, 'signIn'>;

/**
 * The passkey half of a sign-in screen: core's `createPasskeySignInController`, connected to
 * React. Against a backend without passkeys its `offer` ends `hidden` and nothing else runs.
 */
export function usePasskeySignIn(options: UsePasskeySignInOptions = {}): UsePasskeySignInResult {
  const { client } = useAuthContext();
  const onSignedIn = useRef(options.onSignedIn);
  onSignedIn.current = options.onSignedIn;
  const [controller] = useState(() =>
    createPasskeySignInController(client, {
      onSignedIn: (details) => onSignedIn.current?.(details),
      ...(options.autofill === undefined ? {} : { autofill: options.autofill }),
    }),
  );
  useMounted(() => controller.destroy());
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  return { ...snapshot, signIn: controller.signIn };
}
