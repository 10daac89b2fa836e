import type { AuthLocalization, LocalizationOverrides } from './auth-localization.js';
import { enUS } from './en-us.js';
import { mergeSection } from './merge-section.js';

/** `base` with every text that `overrides` names replaced; sections it leaves out stay whole. */
export function mergeLocalization(
  overrides: LocalizationOverrides | undefined,
  base: AuthLocalization = enUS,
): AuthLocalization {
  if (!overrides) return base;
  return {
    locale: mergeSection(base.locale, overrides.locale),
    common: mergeSection(base.common, overrides.common),
    fields: mergeSection(base.fields, overrides.fields),
    password: mergeSection(base.password, overrides.password),
    errors: mergeSection(base.errors, overrides.errors),
    signIn: mergeSection(base.signIn, overrides.signIn),
    mfaChallenge: mergeSection(base.mfaChallenge, overrides.mfaChallenge),
    signUp: mergeSection(base.signUp, overrides.signUp),
    mfaSetup: mergeSection(base.mfaSetup, overrides.mfaSetup),
    recoveryCodes: mergeSection(base.recoveryCodes, overrides.recoveryCodes),
    forgotPassword: mergeSection(base.forgotPassword, overrides.forgotPassword),
    resetPassword: mergeSection(base.resetPassword, overrides.resetPassword),
    changePassword: mergeSection(base.changePassword, overrides.changePassword),
    verifyEmail: mergeSection(base.verifyEmail, overrides.verifyEmail),
    userButton: mergeSection(base.userButton, overrides.userButton),
    sessionList: mergeSection(base.sessionList, overrides.sessionList),
    reverification: mergeSection(base.reverification, overrides.reverification),
    passkeys: mergeSection(base.passkeys, overrides.passkeys),
  };
}
