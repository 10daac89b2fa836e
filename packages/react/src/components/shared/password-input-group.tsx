import { Input, InputGroup, PasswordToggle } from '../../parts/field-parts.js';

export interface PasswordInputGroupProps {
  /** Which password the browser's password manager should offer or save. */
  autoComplete: 'current-password' | 'new-password';
}

/** A password field's input with its show/hide toggle. */
export function PasswordInputGroup({ autoComplete }: PasswordInputGroupProps) {
  return (
    <InputGroup>
      <Input type="password" autoComplete={autoComplete} autoCapitalize="none" spellCheck={false} />
      <PasswordToggle />
    </InputGroup>
  );
}
