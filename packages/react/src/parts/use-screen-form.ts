import type { AuthError } from '@authflow-ui/core';
import { useId, useMemo, useRef } from 'react';
import type { FormContextValue, FormValue } from './form-context.js';
import { type FormState, useFormState } from './use-form-state.js';
import { type SubmissionState, useSubmissionState } from './use-submission-state.js';

export interface ScreenFormOptions<Values extends Record<string, FormValue>> {
  initial: () => Values;
  /** The failure on screen, which also drives the rate-limit countdown. */
  error: AuthError | null;
  /** A request of this form runs. */
  busy: boolean;
  /** Fields the failure is about: they turn invalid and reference the alert. */
  alertFields?: readonly string[];
  /** Runs on submit unless a request runs or a rate limit counts down. */
  onSubmit: (values: Values, form: FormState<Values>) => void;
}

export interface ScreenForm<Values extends Record<string, FormValue>> {
  form: FormState<Values>;
  submission: SubmissionState;
  alertId: string;
  /** For `<FormContext.Provider>`. */
  context: FormContextValue;
}

/** One screen's form: values, field errors, the submit guard and what its parts read. */
export function useScreenForm<Values extends Record<string, FormValue>>(
  options: ScreenFormOptions<Values>,
): ScreenForm<Values> {
  const form = useFormState(options.initial);
  const submission = useSubmissionState(options.error, options.busy);
  const alertId = useId();
  const latest = useRef({ options, form, submission });
  latest.current = { options, form, submission };
  // A stable key, so a new array with the same fields does not rebuild the context.
  const alertKey = options.error ? (options.alertFields ?? []).join(' ') : '';

  const context = useMemo<FormContextValue>(
    () => ({
      values: form.values,
      setValue: form.setValue,
      fieldErrors: form.fieldErrors,
      registerField: form.registerField,
      alertId,
      alertFields: alertKey ? alertKey.split(' ') : [],
      submitState: submission.submitState,
      cooldownSeconds: submission.cooldownSeconds,
      submit: () => {
        const now = latest.current;
        if (now.submission.submitState !== 'idle') return;
        now.options.onSubmit(now.form.values, now.form);
      },
    }),
    [
      form.values,
      form.setValue,
      form.fieldErrors,
      form.registerField,
      alertKey,
      alertId,
      submission.submitState,
      submission.cooldownSeconds,
    ],
  );
  return { form, submission, alertId, context };
}
