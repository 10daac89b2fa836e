import { checkPassword } from '@authflow-ui/contract';
import type { AuthLocalization } from '@authflow-ui/ui';
import { Field, FieldError, Label } from '../../parts/field-parts.js';
import { PasswordChecklist } from '../../parts/password-checklist.js';
import { PasswordInputGroup } from './password-input-group.js';

export interface NewPasswordFieldProps {
  name: string;
  label: string;
}

/**
 * A new password: shown or hidden, pasted freely, checked live against the contract rule.
 * No `pattern`, no `maxLength`, no trimming: the server's rule is the only judge.
 */
export function NewPasswordField({ name, label }: NewPasswordFieldProps) {
  return (
    <Field name={name}>
      <Label>{label}</Label>
      <PasswordInputGroup autoComplete="new-password" />
      <PasswordChecklist />
      <FieldError />
    </Field>
  );
}

/** The field error for a new password, or `undefined` when the server would accept it. */
export function newPasswordError(
  password: string,
  localization: Pick<AuthLocalization, 'fields'>,
): string | undefined {
  if (password === '') return localization.fields.passwordRequired;
  return checkPassword(password).accepted ? undefined : localization.fields.passwordRuleUnmet;
}
