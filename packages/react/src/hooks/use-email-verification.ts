import { type ActionResult, type ActionState, useAuthAction } from './use-auth-action.js';

export interface UseEmailVerificationResult {
  verifyState: ActionState<void>;
  /** Confirms the address with the token from the email link. An old or used token fails with `expired`. */
  verifyEmail: (input: { token: string }) => Promise<ActionResult<void>>;
  resendState: ActionState<void>;
  /** Sends a new verification link. */
  resendVerificationEmail: (input: { email: string; role?: string }) => Promise<ActionResult<void>>;
}

/** Verifying an email address, and asking for a new link. */
export function useEmailVerification(): UseEmailVerificationResult {
  const verify = useAuthAction((client, input: { token: string }, options) =>
    client.verifyEmail(input, options),
  );
  const resend = useAuthAction((client, input: { email: string; role?: string }, options) =>
    client.resendVerificationEmail(input, options),
  );
  return {
    verifyState: verify.state,
    verifyEmail: verify.run,
    resendState: resend.state,
    resendVerificationEmail: resend.run,
  };
}
