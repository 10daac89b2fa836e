import type { MfaChallenge } from '@authflow-ui/core';
import { type UseSignInResult, useSignIn } from './use-sign-in.js';

/**
 * The second factor of a sign-in whose password step ran elsewhere (your own form, or the
 * core client): the sign-in flow started at its `mfa` step. After `expired`, `step` turns
 * `password` and the person must start again.
 */
export function useMfaChallenge(challenge: MfaChallenge): UseSignInResult {
  return useSignIn({ challenge });
}
