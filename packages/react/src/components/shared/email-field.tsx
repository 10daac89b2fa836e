import { forwardRef } from 'react';
import { Field, FieldError, type FieldProps, Input, Label } from '../../parts/field-parts.js';

export interface EmailFieldProps extends Omit<FieldProps, 'name' | 'children'> {
  /** The form value it edits. Default `email`. */
  name?: string;
  label: string;
  /**
   * `username` where the address identifies an account to sign in to, `email` elsewhere, and
   * `username webauthn` where the browser may also offer passkeys there. Default `email`.
   */
  autoComplete?: 'email' | 'username' | 'username webauthn';
}

/** Label, email input and error in one `Field`; props and ref go to the field element. */
export const EmailField = forwardRef<HTMLDivElement, EmailFieldProps>(function EmailField(
  { name = 'email', label, autoComplete = 'email', ...props },
  ref,
) {
  return (
    <Field {...props} ref={ref} name={name}>
      <Label>{label}</Label>
      <Input type="email" dir="ltr" autoComplete={autoComplete} autoCapitalize="none" spellCheck={false} />
      <FieldError />
    </Field>
  );
});
