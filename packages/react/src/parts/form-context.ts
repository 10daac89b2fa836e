import { createContext, useContext } from 'react';

export type FormValue = string | boolean;

/** `submitting` while a request runs; `cooldown` while a rate limit counts down. */
export type SubmitState = 'idle' | 'submitting' | 'cooldown';

/**
 * What a screen's form shares with its field parts. Values stay in the component (only
 * submitted values reach a flow), so every screen owns one of these.
 */
export interface FormContextValue {
  values: Readonly<Record<string, FormValue>>;
  setValue: (name: string, value: FormValue) => void;
  fieldErrors: Readonly<Record<string, string | undefined>>;
  /** Fields register their focusable element so a failed submit can move focus to the first error. */
  registerField: (name: string, element: HTMLElement | null) => void;
  /** Element id of the screen's failure alert. */
  alertId: string;
  /** Fields the current failure is about: they turn invalid and reference the alert. */
  alertFields: readonly string[];
  submitState: SubmitState;
  /** Seconds left of a rate limit; 0 when none runs. */
  cooldownSeconds: number;
  submit: () => void;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(part: string): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error(`AuthFlow UI: <${part}> must be rendered inside a screen's <Root>.`);
  return value;
}

export interface FieldContextValue {
  name: string;
  inputId: string;
  hintId: string;
  errorId: string;
  hasHint: boolean;
  setHasHint: (present: boolean) => void;
  /** Whether a password field currently shows its text. */
  passwordVisibility: 'hidden' | 'visible';
  setPasswordVisibility: (visibility: 'hidden' | 'visible') => void;
}

export const FieldContext = createContext<FieldContextValue | null>(null);

export function useFieldContext(part: string): FieldContextValue {
  const value = useContext(FieldContext);
  if (!value) throw new Error(`AuthFlow UI: <${part}> must be rendered inside a <Field>.`);
  return value;
}
