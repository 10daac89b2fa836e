import type { AuthErrorCode } from '@authflow-ui/contract';
import { type AuthError, isRetryableError } from '@authflow-ui/core';
import { describeError, enUSCommon, enUSErrors } from '@authflow-ui/ui';
import { forwardRef, type ReactNode, useContext, useEffect, useRef } from 'react';
import { useLocalization } from '../localization/use-localization.js';
import { composeRefs } from './compose-refs.js';
import { FormContext } from './form-context.js';
import { Alert, type AlertProps, SecondaryButton } from './layout-parts.js';
import { usePartProps } from './use-part-props.js';

const texts = { common: enUSCommon, errors: enUSErrors };

export interface ErrorAlertProps extends Omit<AlertProps, 'tone' | 'children'> {
  /** The failure to explain; nothing renders while it is `null`. */
  error: AuthError | null;
  /** This screen's wording for codes that mean something specific here. */
  messages?: Partial<Record<AuthErrorCode, string>>;
  /**
   * Offered as "Try again" for failures a retry can fix (network, timeout, server).
   * Default: submitting the surrounding form again.
   */
  onRetry?: () => void;
  /**
   * Move focus to the alert when a new failure arrives. Default `true`; a screen turns it off
   * when it focuses the field the failure is about instead.
   */
  autoFocus?: boolean;
  /** A next step to offer with this failure, such as a link to sign in instead. */
  action?: ReactNode;
}

/**
 * A screen's failure message. Inside a screen's form it takes the id the fields reference,
 * counts down a rate limit (without re-announcing every second) and offers a retry.
 */
export const ErrorAlert = forwardRef<HTMLDivElement, ErrorAlertProps>(function ErrorAlert(
  { error, messages, onRetry, autoFocus = true, action, ...props },
  forwardedRef,
) {
  const localization = useLocalization(texts);
  const form = useContext(FormContext);
  const timerProps = usePartProps('hint', undefined);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error && autoFocus) ref.current?.focus();
  }, [error, autoFocus]);
  if (!error) return null;
  const cooldownSeconds = form?.cooldownSeconds ?? 0;
  const retry = onRetry ?? form?.submit;
  return (
    <Alert id={form?.alertId} {...props} ref={composeRefs(forwardedRef, ref)} tone="error">
      {describeError(error, localization, messages)}
      {cooldownSeconds > 0 && (
        <span {...timerProps} role="timer" aria-live="off">
          {' '}
          {localization.common.rateLimitedCountdown({ seconds: cooldownSeconds })}
        </span>
      )}
      {action}
      {retry && isRetryableError(error) && (
        <SecondaryButton onClick={retry}>{localization.common.retry}</SecondaryButton>
      )}
    </Alert>
  );
});
