import { Field, FieldError, Input, Label } from '../../parts/field-parts.js';

export interface EmailFieldProps {
  name?: string;
  label: string;
  /** `username` where the address identifies an account to sign in to, `email` elsewhere. Default `email`. */
  autoComplete?: 'email' | 'username';
}

export function EmailField({ name = 'email', label, autoComplete = 'email' }: EmailFieldProps) {
  return (
    <Field name={name}>
      <Label>{label}</Label>
      <Input type="email" autoComplete={autoComplete} autoCapitalize="none" spellCheck={false} />
      <FieldError />
    </Field>
  );
}
