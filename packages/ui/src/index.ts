/**
 * What every AuthFlow UI adapter shares, whatever its framework: the words of every screen
 * (`enUS` and the types a translation fills), the theme types, the closed list of part names
 * and, as `@authflow-ui/ui/styles.css`, the stylesheet that themes those parts.
 */
export type {
  Appearance,
  AppearanceVariable,
  AppearanceVariables,
  ColorMode,
  PartName,
} from './appearance/appearance.js';
export { partNames } from './appearance/appearance.js';
export { partAttribute } from './appearance/part-attribute.js';
export type { PartProps } from './appearance/part-props.js';
export { partProps } from './appearance/part-props.js';
export { themeVariables } from './appearance/theme-variables.js';
export type { AuthLocalization, LocalizationOverrides } from './localization/auth-localization.js';
export { describeError } from './localization/describe-error.js';
export {
  enUS,
  enUSChangePassword,
  enUSCommon,
  enUSErrors,
  enUSFields,
  enUSForgotPassword,
  enUSMfaChallenge,
  enUSMfaSetup,
  enUSPasskeys,
  enUSPassword,
  enUSRecoveryCodes,
  enUSResetPassword,
  enUSReverification,
  enUSSessionList,
  enUSSignIn,
  enUSSignUp,
  enUSUserButton,
  enUSVerifyEmail,
} from './localization/en-us.js';
export { mergeLocalization } from './localization/merge-localization.js';
export { mergeSection } from './localization/merge-section.js';
