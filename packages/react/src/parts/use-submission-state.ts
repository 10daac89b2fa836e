import type { AuthError } from '@authflow-ui/core';
import { useEffect, useState } from 'react';
import { useCountdown } from '../hooks/use-countdown.js';
import type { SubmitState } from './form-context.js';

export interface SubmissionState {
  submitState: SubmitState;
  /** Seconds left of a rate limit; 0 when none runs. */
  cooldownSeconds: number;
}

/**
 * Whether a form may submit: not while its request runs, and not until the `retryAfter` of
 * a `rate_limited` answer has passed (SECURITY.md §5: count down, never re-submit by itself).
 */
export function useSubmissionState(error: AuthError | null, busy: boolean): SubmissionState {
  const [deadline, setDeadline] = useState<number | null>(null);
  useEffect(() => {
    const retryAfter = error?.code === 'rate_limited' ? error.retryAfter : undefined;
    setDeadline(retryAfter ? Date.now() + retryAfter * 1000 : null);
  }, [error]);
  const cooldownSeconds = useCountdown(deadline);
  const submitState: SubmitState = busy ? 'submitting' : cooldownSeconds > 0 ? 'cooldown' : 'idle';
  return { submitState, cooldownSeconds };
}
