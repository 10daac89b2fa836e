export type { DiscoveredRoute, DiscoveryDocument } from './discovery.js';
export { buildDiscoveryDocument, isDiscoveryDocument } from './discovery.js';
export type { AuthErrorCode, ErrorResponse, ServerMessage } from './errors.js';
export { authErrorCodes, isAuthErrorCode, isErrorResponse, serverMessages } from './errors.js';
export { isRecord } from './is-record.js';
export type { PasswordCheck, PasswordRequirement } from './password-rule.js';
export {
  checkPassword,
  isPasswordAccepted,
  PASSWORD_EVALUATION_CAP,
  PASSWORD_PATTERN_SOURCE,
  PASSWORD_SYMBOLS,
  passwordRequirements,
} from './password-rule.js';
export type {
  ChangePasswordQuery,
  DeleteUserBody,
  DisableTwoFactorBody,
  EnableTwoFactorBody,
  FooBarQuery,
  ForgotPasswordBody,
  LoginQuery,
  LogoutQuery,
  MeQuery,
  PendingLoginBody,
  RegenerateRecoveryCodesBody,
  ResendVerifyEmailQuery,
  ResetPasswordBody,
  RouteRequests,
  SendBackupEmailBody,
  SessionIdentityBody,
  SignUpQuery,
  ValidateQuery,
  VerifyEmailOtpBody,
  VerifyEmailQuery,
  VerifyRecoveryCodeBody,
  VerifyTwoFactorBody,
  VerifyTwoFactorSetupBody,
} from './requests.js';
export type {
  ChangePasswordResponse,
  DeleteUserResponse,
  DisableTwoFactorResponse,
  EnableTwoFactorResponse,
  FooBarResponse,
  ForgotPasswordResponse,
  LoginResponse,
  LogoutResponse,
  MeResponse,
  RegenerateRecoveryCodesResponse,
  ResendVerifyEmailResponse,
  ResetPasswordResponse,
  RouteResponses,
  SendBackupEmailResponse,
  SignUpResponse,
  SuccessMessageResponse,
  SuccessResponse,
  TokenResponse,
  TwoFactorRequiredResponse,
  ValidateResponse,
  VerifyEmailOtpResponse,
  VerifyEmailResponse,
  VerifyRecoveryCodeResponse,
  VerifyTwoFactorResponse,
  VerifyTwoFactorSetupResponse,
} from './responses.js';
export {
  isEnableTwoFactorResponse,
  isLoginResponse,
  isMeResponse,
  isRegenerateRecoveryCodesResponse,
  isResendVerifyEmailResponse,
  isSuccessMessageResponse,
  isSuccessResponse,
  isTokenResponse,
  isTwoFactorRequiredResponse,
  isVerifyRecoveryCodeResponse,
  isVerifyTwoFactorSetupResponse,
  responseGuards,
} from './responses.js';
export type {
  HttpMethod,
  ParameterLocation,
  ParameterSpec,
  RouteGroup,
  RouteId,
  RouteSpec,
} from './routes.js';
export { routeGroups, routeIds, routes } from './routes.js';
