export { classifyAuthFlowFailure } from './classify-auth-flow-failure.js';
export type { DiscoveredRoute, DiscoveryDocument } from './discovery.js';
export { buildDiscoveryDocument, isDiscoveryDocument } from './discovery.js';
export { enumerationSafeCode } from './enumeration-safe-code.js';
export type { AuthErrorCode, ErrorResponse, ServerMessage } from './errors.js';
export { authErrorCodes, isAuthErrorCode, isErrorResponse, serverMessages } from './errors.js';
export { isRecord } from './is-record.js';
export { parseRetryAfter } from './parse-retry-after.js';
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
  ChangePasswordRequest,
  CodeRequest,
  ConfirmationAnswer,
  DeleteUserRequest,
  EmailRequest,
  EmptyRequest,
  MfaMethod,
  NeutralConfirmationAnswer,
  PasswordConfirmationRequest,
  ProxyEndpointId,
  ProxyEndpointSpec,
  ProxyErrorBody,
  ProxyFieldSpec,
  ProxyMfaChallenge,
  ProxyRateLimitBucket,
  ProxyRequests,
  ProxyRequirement,
  ProxyResponses,
  ProxyUser,
  RecoveryCodeSignInAnswer,
  RecoveryCodesAnswer,
  ResetPasswordRequest,
  SessionAnswer,
  SignedInAnswer,
  SignedOutAnswer,
  SignInAnswer,
  SignInRequest,
  SignUpRequest,
  TwoFactorSetupAnswer,
  VerifyEmailRequest,
} from './proxy-wire.js';
export {
  defaultProxyBasePath,
  proxyCsrfHeader,
  proxyCsrfHeaderValue,
  proxyEndpointIds,
  proxyEndpoints,
  proxyNeutralMessages,
} from './proxy-wire.js';
export {
  hasProxyFields,
  isProxyErrorBody,
  isProxyMfaChallenge,
  isProxyUser,
  isRecoveryCodeSignInAnswer,
  isSessionAnswer,
  isSignedInAnswer,
  isSignInAnswer,
  proxyRequestGuards,
  proxyResponseGuards,
} from './proxy-wire-guards.js';
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
export type { SuccessMessage } from './success-messages.js';
export { successMessages } from './success-messages.js';
export { unauthorizedMessageCode } from './unauthorized-message-code.js';
