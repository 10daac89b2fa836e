import { useCallback, useRef, useState } from 'react';
import type { FormValue } from './form-context.js';

export type FieldErrors = Record<string, string | undefined>;

export interface FormState<Values extends Record<string, FormValue>> {
  values: Values;
  setValue: (name: string, value: FormValue) => void;
  setValues: (update: (values: Values) => Values) => void;
  fieldErrors: FieldErrors;
  registerField: (name: string, element: HTMLElement | null) => void;
  /**
   * Shows `errors` and moves focus to the first invalid field in document order.
   * Returns `true` when there is nothing to show, so a submit can go ahead.
   */
  showFieldErrors: (errors: FieldErrors) => boolean;
  focusField: (name: string) => void;
}

function firstInDocumentOrder(elements: HTMLElement[]): HTMLElement | undefined {
  return elements.sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  )[0];
}

/** Values, field errors and focus for one screen's form. */
export function useFormState<Values extends Record<string, FormValue>>(
  initial: () => Values,
): FormState<Values> {
  const [values, setAllValues] = useState(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const elements = useRef(new Map<string, HTMLElement>());

  const setValue = useCallback((name: string, value: FormValue) => {
    setAllValues((current) => ({ ...current, [name]: value }));
    // Editing a field answers its error; the message would now describe text that is gone.
    setFieldErrors((current) => (current[name] ? { ...current, [name]: undefined } : current));
  }, []);

  const registerField = useCallback((name: string, element: HTMLElement | null) => {
    if (element) elements.current.set(name, element);
    else elements.current.delete(name);
  }, []);

  const focusField = useCallback((name: string) => {
    elements.current.get(name)?.focus();
  }, []);

  const showFieldErrors = useCallback((errors: FieldErrors) => {
    setFieldErrors(errors);
    const invalid = Object.keys(errors)
      .filter((name) => errors[name])
      .map((name) => elements.current.get(name))
      .filter((element): element is HTMLElement => element !== undefined);
    firstInDocumentOrder(invalid)?.focus();
    return !Object.values(errors).some(Boolean);
  }, []);

  return {
    values,
    setValue,
    setValues: setAllValues,
    fieldErrors,
    registerField,
    showFieldErrors,
    focusField,
  };
}
