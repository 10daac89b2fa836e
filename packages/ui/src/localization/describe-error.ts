import type { AuthErrorCode } from '@authflow-ui/contract';
import type { AuthLocalization } from './auth-localization.js';

/**
 * The sentence a person reads for `error`. A screen passes its own wording for codes that mean
 * something specific there (a wrong current password, an unknown account that must not be
 * revealed). Server text is never shown: it is developer-facing and untranslated.
 */
export function describeError(
  error: { code: AuthErrorCode },
  localization: Pick<AuthLocalization, 'errors'>,
  overrides: Partial<Record<AuthErrorCode, string>> = {},
): string {
  return overrides[error.code] ?? localization.errors[error.code];
}
