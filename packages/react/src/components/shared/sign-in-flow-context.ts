import { createContext } from 'react';
import type { UseSignInResult } from '../../hooks/use-sign-in.js';

/**
 * The flow of the `<SignIn.Root>` around a part. `<MfaChallenge.Root>` composed inside it (in
 * `<SignIn.Step step="mfa">`) finishes that sign-in instead of starting an empty one of its own.
 * Its own file because sign-in renders the challenge, so the challenge cannot import sign-in.
 */
export const SignInFlowContext = createContext<UseSignInResult | null>(null);
