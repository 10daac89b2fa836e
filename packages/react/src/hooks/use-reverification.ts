import {
  createReverificationController,
  type ReverificationController,
  type ReverificationState,
} from '@authflow-ui/core';
import { createElement, type ReactElement, useCallback, useRef, useState, useSyncExternalStore } from 'react';
import { ReverificationDialog } from '../components/reverification/reverification-dialog.js';
import { useAuthContext } from '../provider/auth-context.js';

export interface Reverification<Args extends unknown[], Result> {
  /**
   * Runs the action. When it answers `reauthentication_required`, the dialog asks for the password
   * (then the second factor) and the action runs once more; its outcome is the answer. Cancelling
   * rejects with `AuthError` code `aborted`; other failures reject as they are.
   */
  run: (...args: Args) => Promise<Result>;
  /** Render it once, anywhere: the built-in dialog, shown only while proof is asked for. */
  dialog: ReactElement;
  state: ReverificationState;
  controller: ReverificationController;
}

/**
 * Wraps a sensitive action (end a session, change the password, turn 2FA off ...) so that a
 * `reauthentication_required` answer asks the person to confirm who they are and then retries
 * it once, instead of failing. Form values in the page stay as they were.
 */
export function useReverification<Args extends unknown[], Result>(
  action: (...args: Args) => Promise<Result>,
): Reverification<Args, Result> {
  const { client } = useAuthContext();
  const [controller] = useState(() => createReverificationController(client));
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  const latest = useRef(action);
  latest.current = action;
  const run = useCallback((...args: Args) => controller.run(() => latest.current(...args)), [controller]);
  return { run, dialog: createElement(ReverificationDialog, { controller }), state, controller };
}
