import type { SignInMfaStep, SignInState } from './sign-in-flow.js';

/** The screen a sign-in shows: a failure shows over the step it interrupted. */
export type SignInStep = 'password' | 'mfa' | 'signedIn';

/** The pending second factor on screen (also while its code is checked), or `null`. */
export function signInMfaStepOf(state: SignInState): SignInMfaStep | null {
  const shown = state.status === 'error' ? state.previous : state;
  return shown.status === 'mfaRequired' || shown.status === 'verifying' ? shown : null;
}

/** Which step a sign-in UI shows for `state`, in any framework. */
export function signInStepOf(state: SignInState): SignInStep {
  if (state.status === 'signedIn') return 'signedIn';
  return signInMfaStepOf(state) ? 'mfa' : 'password';
}
