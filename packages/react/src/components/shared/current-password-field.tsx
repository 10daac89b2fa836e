import { forwardRef } from 'react';
import { Field, FieldError, type FieldProps, Label } from '../../parts/field-parts.js';
import { PasswordInputGroup } from './password-input-group.js';

export interface CurrentPasswordFieldProps extends Omit<FieldProps, 'children'> {
  label: string;
}

/**
 * The password someone already has: to sign in, or to confirm a sensitive change. Props and
 * ref go to the field element.
 */
export const CurrentPasswordField = forwardRef<HTMLDivElement, CurrentPasswordFieldProps>(
  function CurrentPasswordField({ label, ...props }, ref) {
    return (
      <Field {...props} ref={ref}>
        <Label>{label}</Label>
        <PasswordInputGroup autoComplete="current-password" />
        <FieldError />
      </Field>
    );
  },
);
