import { isEmailAddress } from '@authflow-ui/core';
import type { AuthLocalization } from '@authflow-ui/ui';

/** The field error for an email address (already trimmed), or `undefined` when it looks right. */
export function emailError(
  email: string,
  localization: Pick<AuthLocalization, 'fields'>,
): string | undefined {
  if (email === '') return localization.fields.emailRequired;
  return isEmailAddress(email) ? undefined : localization.fields.emailInvalid;
}
