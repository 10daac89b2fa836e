import { Field, FieldError, Label } from '../../parts/field-parts.js';
import { PasswordInputGroup } from './password-input-group.js';

export interface CurrentPasswordFieldProps {
  name: string;
  label: string;
}

/** The password someone already has: to sign in, or to confirm a sensitive change. */
export function CurrentPasswordField({ name, label }: CurrentPasswordFieldProps) {
  return (
    <Field name={name}>
      <Label>{label}</Label>
      <PasswordInputGroup autoComplete="current-password" />
      <FieldError />
    </Field>
  );
}
