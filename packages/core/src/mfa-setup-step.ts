import type { MfaSetupState } from './mfa-setup-flow.js';

/** The screen a TOTP set-up shows: a failure shows over the step it interrupted. */
export type MfaSetupStep = 'start' | 'scan' | 'recoveryCodes' | 'done';

/** Which step a set-up UI shows for `state`, in any framework. */
export function mfaSetupStepOf(state: MfaSetupState): MfaSetupStep {
  const shown = state.status === 'error' ? state.previous : state;
  switch (shown.status) {
    case 'idle':
    case 'enrolling':
      return 'start';
    case 'enrolled':
    case 'verifying':
      return 'scan';
    case 'showingCodes':
      return 'recoveryCodes';
    case 'done':
      return 'done';
    default:
      return shown satisfies never;
  }
}
