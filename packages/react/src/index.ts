/**
 * The public API of `@authflow-ui/react`. Biome keeps the exports sorted by module, so the
 * folders group them: `appearance/` (theming), `components/` (each screen, which also carries
 * its parts as `SignIn.Root`, `MfaChallenge.CodeInput` ...), `hooks/`, `localization/`, `parts/`
 * (shared parts for building screens of your own) and `provider/`. The framework-free helpers
 * (safe redirects and QR codes, one-time codes, the low-recovery-codes threshold, the step a
 * flow shows) live in
 * `@authflow-ui/core` and are re-exported here unchanged, so existing imports keep working.
 */

export type {
  MfaSetupStep,
  PasskeyPromptOutcome,
  PasskeyPromptState,
  SessionSnapshot,
  SessionStatus,
  SignInStep,
} from '@authflow-ui/core';
export {
  isCompleteOneTimeCode,
  LOW_RECOVERY_CODES,
  normalizeOneTimeCode,
  ONE_TIME_CODE_LENGTH,
  pickSafeRedirect,
  toSafeQrCodeSource,
  toSafeRedirect,
} from '@authflow-ui/core';
export type {
  Appearance,
  AppearanceVariable,
  AppearanceVariables,
  AuthLocalization,
  ColorMode,
  LocalizationOverrides,
  PartName,
} from '@authflow-ui/ui';
export { enUS, mergeLocalization, partNames } from '@authflow-ui/ui';
export type { ChangePasswordProps } from './components/change-password/change-password.js';
export { ChangePassword } from './components/change-password/change-password.js';
export type { ProtectProps } from './components/control/protect.js';
export { Protect } from './components/control/protect.js';
export type { SessionLoadingProps } from './components/control/session-loading.js';
export { SessionLoading } from './components/control/session-loading.js';
export type { SignedInProps } from './components/control/signed-in.js';
export { SignedIn } from './components/control/signed-in.js';
export type { SignedOutProps } from './components/control/signed-out.js';
export { SignedOut } from './components/control/signed-out.js';
export type { ForgotPasswordProps } from './components/forgot-password/forgot-password.js';
export { ForgotPassword } from './components/forgot-password/forgot-password.js';
export type {
  MfaChallengeMethodButtonProps,
  MfaChallengeProps,
  MfaChallengeRootProps,
  MfaChallengeRootProviderProps,
} from './components/mfa-challenge/mfa-challenge.js';
export {
  MfaChallenge,
  MfaChallengeBackButton,
  MfaChallengeCodeInput,
  MfaChallengeDefaultContent,
  MfaChallengeEmailCodeButton,
  MfaChallengeError,
  MfaChallengeMethod,
  MfaChallengeMethodButton,
  MfaChallengeRoot,
  MfaChallengeRootProvider,
} from './components/mfa-challenge/mfa-challenge.js';
export type { MfaSetupProps } from './components/mfa-setup/mfa-setup.js';
export {
  MfaSetup,
  MfaSetupQrCode,
  MfaSetupRoot,
  MfaSetupSecret,
  MfaSetupStartButton,
} from './components/mfa-setup/mfa-setup.js';
export type { PasskeyManagerProps } from './components/passkey-manager/passkey-manager.js';
export { PasskeyManager } from './components/passkey-manager/passkey-manager.js';
export type {
  CopyButtonProps,
  RecoveryCodesDisplayProps,
  RecoveryCodesProps,
  RecoveryCodesRegenerateFormProps,
} from './components/recovery-codes/recovery-codes.js';
export {
  CopyButton,
  RecoveryCodes,
  RecoveryCodesCopyButton,
  RecoveryCodesDisplay,
  RecoveryCodesDownloadButton,
  RecoveryCodesList,
  RecoveryCodesPrintButton,
  RecoveryCodesRegenerateForm,
  RecoveryCodesRoot,
} from './components/recovery-codes/recovery-codes.js';
export type { ResetPasswordProps } from './components/reset-password/reset-password.js';
export { ResetPassword } from './components/reset-password/reset-password.js';
export type { ReverificationDialogProps } from './components/reverification/reverification-dialog.js';
export { ReverificationDialog } from './components/reverification/reverification-dialog.js';
export type {
  SessionListItemProps,
  SessionListProps,
  SessionListViewProps,
} from './components/session-list/session-list.js';
export { SessionList, SessionListItem, SessionListView } from './components/session-list/session-list.js';
export type { SignInRoleOption } from './components/shared/role-value.js';
export type { AfterSignInProps } from './components/shared/use-after-sign-in.js';
export type { SignInFieldPartProps, SignInProps } from './components/sign-in/sign-in.js';
export {
  SignIn,
  SignInEmailField,
  SignInError,
  SignInPasskeyButton,
  SignInPasskeyError,
  SignInPasswordField,
  SignInRoleField,
  SignInRoot,
  SignInStepContent,
  SignInSteps,
} from './components/sign-in/sign-in.js';
export type { SignUpProps } from './components/sign-up/sign-up.js';
export { SignUp } from './components/sign-up/sign-up.js';
export type { UserButtonProps } from './components/user-button/user-button.js';
export {
  UserButton,
  UserButtonAvatar,
  UserButtonMenuItem,
  UserButtonMenuLink,
  UserButtonRoot,
  UserButtonTrigger,
} from './components/user-button/user-button.js';
export type { VerifyEmailProps } from './components/verify-email/verify-email.js';
export { VerifyEmail } from './components/verify-email/verify-email.js';
export type { UseAuthResult } from './hooks/use-auth.js';
export { useAuth } from './hooks/use-auth.js';
export type { ActionResult, ActionState } from './hooks/use-auth-action.js';
export { useAuthClient } from './hooks/use-auth-client.js';
export type { UseChangePasswordResult } from './hooks/use-change-password.js';
export { useChangePassword } from './hooks/use-change-password.js';
export type { UseEmailVerificationResult } from './hooks/use-email-verification.js';
export { useEmailVerification } from './hooks/use-email-verification.js';
export { useMfaChallenge } from './hooks/use-mfa-challenge.js';
export type { UseMfaSetupResult } from './hooks/use-mfa-setup.js';
export { useMfaSetup } from './hooks/use-mfa-setup.js';
export type { UsePasskeyPromptOptions, UsePasskeyPromptResult } from './hooks/use-passkey-prompt.js';
export { usePasskeyPrompt } from './hooks/use-passkey-prompt.js';
export type { UsePasskeySignInOptions, UsePasskeySignInResult } from './hooks/use-passkey-sign-in.js';
export { usePasskeySignIn } from './hooks/use-passkey-sign-in.js';
export type { PasskeyAvailability, PasskeyList, UsePasskeysResult } from './hooks/use-passkeys.js';
export { usePasskeys, usePasskeysOffered } from './hooks/use-passkeys.js';
export type { UsePasswordResetResult } from './hooks/use-password-reset.js';
export { usePasswordReset } from './hooks/use-password-reset.js';
export type { UseRecoveryCodesResult } from './hooks/use-recovery-codes.js';
export { useRecoveryCodes } from './hooks/use-recovery-codes.js';
export type { Reverification } from './hooks/use-reverification.js';
export { useReverification } from './hooks/use-reverification.js';
export { useSession } from './hooks/use-session.js';
export type {
  SessionListController,
  SessionListOutcome,
  SessionListState,
} from './hooks/use-session-list.js';
export { useSessionList } from './hooks/use-session-list.js';
export type { SignedInDetails, UseSignInOptions, UseSignInResult } from './hooks/use-sign-in.js';
export { useSignIn } from './hooks/use-sign-in.js';
export type { UseSignUpResult } from './hooks/use-sign-up.js';
export { useSignUp } from './hooks/use-sign-up.js';
export { useUser } from './hooks/use-user.js';
export type { CodeInputProps } from './parts/code-input.js';
export { CodeInput } from './parts/code-input.js';
export type { ErrorAlertProps } from './parts/error-alert.js';
export { ErrorAlert } from './parts/error-alert.js';
export type { FieldProps, InputProps } from './parts/field-parts.js';
export {
  Checkbox,
  Field,
  FieldError,
  FieldHint,
  Form,
  Input,
  InputGroup,
  Label,
  PasswordToggle,
  Select,
  Submit,
} from './parts/field-parts.js';
export type { FormValue, SubmitState } from './parts/form-context.js';
export type { AlertProps, AlertTone, ButtonProps, ButtonState, TitleProps } from './parts/layout-parts.js';
export {
  Alert,
  Button,
  Card,
  Footer,
  Header,
  Hint,
  Link,
  LinkButton,
  Root as AuthRoot,
  SecondaryButton,
  Subtitle,
  Title,
} from './parts/layout-parts.js';
export { PasswordChecklist } from './parts/password-checklist.js';
export type { AuthProviderProps } from './provider/auth-provider.js';
export { AuthProvider } from './provider/auth-provider.js';
export type { InitialSession } from './provider/initial-session.js';
