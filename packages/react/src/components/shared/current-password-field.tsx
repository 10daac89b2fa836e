import { Field, FieldError, Input, InputGroup, Label, PasswordToggle } from '../../parts/field-parts.js';

export interface CurrentPasswordFieldProps {
  name: string;
  label: string;
}

/** The password someone already has, to confirm a sensitive change. */
export function CurrentPasswordField({ name, label }: CurrentPasswordFieldProps) {
  return (
    <Field name={name}>
      <Label>{label}</Label>
      <InputGroup>
        <Input type="password" autoComplete="current-password" autoCapitalize="none" spellCheck={false} />
        <PasswordToggle />
      </InputGroup>
      <FieldError />
    </Field>
  );
}
