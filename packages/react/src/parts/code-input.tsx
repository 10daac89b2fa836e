import { isCompleteOneTimeCode, normalizeOneTimeCode } from '@authflow-ui/core';
import { type ChangeEvent, type ComponentPropsWithoutRef, forwardRef, useRef } from 'react';
import { composeEventHandlers } from './compose-event-handlers.js';
import { useFieldControl } from './field-parts.js';
import { usePartProps } from './use-part-props.js';

export interface CodeInputProps extends Omit<ComponentPropsWithoutRef<'input'>, 'type' | 'value'> {
  /** Called once each time the field becomes a complete six-digit code (typed, pasted or autofilled). */
  onComplete?: (code: string) => void;
}

/**
 * A six-digit code field. It takes what people paste (`123 456`, `123-456`), keeps digits
 * only, and reports a complete code once, so a code that arrives by autofill submits itself
 * without ever submitting twice. No `maxLength`: it would cut a pasted `123 456` short.
 */
export const CodeInput = forwardRef<HTMLInputElement, CodeInputProps>(function CodeInput(
  { onComplete, ...props },
  ref,
) {
  const { form, field, text, controlProps } = useFieldControl('CodeInput', ref);
  const partProps = usePartProps('codeInput', props.className);
  const reported = useRef<string | null>(null);
  const onChange = composeEventHandlers(props.onChange, (event: ChangeEvent<HTMLInputElement>) => {
    const code = normalizeOneTimeCode(event.currentTarget.value);
    form.setValue(field.name, code);
    if (!isCompleteOneTimeCode(code)) {
      reported.current = null;
      return;
    }
    if (reported.current === code) return;
    reported.current = code;
    onComplete?.(code);
  });
  return (
    <input
      // Digits read left to right in every script, so a right-to-left screen keeps them in order.
      dir="ltr"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      {...controlProps}
      {...props}
      {...partProps}
      type="text"
      value={text}
      onChange={onChange}
    />
  );
});
