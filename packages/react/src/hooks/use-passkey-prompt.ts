import {
  createPasskeyPromptController,
  type PasskeyPromptController,
  type PasskeyPromptOutcome,
  type PasskeyPromptState,
} from '@authflow-ui/core';
import { useRef, useState, useSyncExternalStore } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { useMounted } from './use-mounted.js';

export interface UsePasskeyPromptOptions {
  /** Called once the prompt is over: nothing to offer, "Not now", or a passkey added. */
  onFinished?: (outcome: PasskeyPromptOutcome) => void;
}

export type UsePasskeyPromptResult = { state: PasskeyPromptState } & Pick<
  PasskeyPromptController,
  'add' | 'dismiss' | 'finish'
>;

/**
 * The optional "Add a passkey" offer for someone who just signed in with a password: core's
 * `createPasskeyPromptController`, connected to React. It starts checking on mount.
 */
export function usePasskeyPrompt(options: UsePasskeyPromptOptions = {}): UsePasskeyPromptResult {
  const { client } = useAuthContext();
  const onFinished = useRef(options.onFinished);
  onFinished.current = options.onFinished;
  const [controller] = useState(() =>
    createPasskeyPromptController(client, { onFinished: (outcome) => onFinished.current?.(outcome) }),
  );
  useMounted(() => controller.destroy());
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  return { state, add: controller.add, dismiss: controller.dismiss, finish: controller.finish };
}
