export type { Passkey } from '@authflow-ui/contract';
export { parseRetryAfter } from '@authflow-ui/contract';
export type {
  DeviceSession,
  Reauthenticated,
  ReauthenticationActions,
  ReauthenticationChallenge,
  ReauthenticationResult,
  SessionsActions,
} from './account-security.js';
export type { AccountSecurityTransport, ReauthenticationFactor } from './account-security-transport.js';
export type { AuthClientOptions } from './assemble-auth-client.js';
export { defaultRole, defaultTimeoutMs } from './assemble-auth-client.js';
export type {
  AuthCapabilities,
  AuthClient,
  CallOptions,
  MfaActions,
  PasskeyActions,
  PasskeySignInInput,
  PasskeySupport,
  RecoveryCodes,
  RecoverySignIn,
  SessionValidity,
  SignInInput,
  SignInResult,
  SignUpInput,
  TotpEnrollment,
} from './auth-client.js';
export type { AuthErrorDetails } from './auth-error.js';
export { AuthError, isAuthError } from './auth-error.js';
export type { CallRouteOptions, RouteParameters, RouteRequest } from './call-route.js';
export { buildRouteRequest, callRoute } from './call-route.js';
export { createAuthClient } from './create-auth-client.js';
export type { ProxyAuthClientOptions } from './create-proxy-auth-client.js';
export { createProxyAuthClient } from './create-proxy-auth-client.js';
export type {
  CrossTabChannel,
  CrossTabEnvironment,
  CrossTabMessage,
  StorageChange,
  StorageEventSource,
} from './cross-tab-sync.js';
export {
  browserCrossTabEnvironment,
  createCrossTabChannel,
  crossTabChannelName,
  crossTabStorageKey,
} from './cross-tab-sync.js';
export type { JwtClaims } from './decode-jwt-claims.js';
export { decodeJwtClaims, expiresAtFromToken } from './decode-jwt-claims.js';
export type { DirectTransportOptions } from './direct-transport.js';
export { createDirectTransport } from './direct-transport.js';
export { errorFromResponse } from './error-from-response.js';
export type { ExternalStore } from './external-store.js';
export { isBrowserEnvironment } from './is-browser-environment.js';
export { isEmailAddress } from './is-email-address.js';
export { isPasskeyCancellation } from './is-passkey-cancellation.js';
export { isRetryableError } from './is-retryable-error.js';
export { isLowOnRecoveryCodes, LOW_RECOVERY_CODES } from './low-recovery-codes.js';
export type { DirectMfaChallenge, MfaChallenge, MfaMethod, ProxiedMfaChallenge } from './mfa-challenge.js';
export { mfaMethods } from './mfa-challenge.js';
export type {
  MfaSetupActions,
  MfaSetupController,
  MfaSetupControllerOptions,
  MfaSetupSnapshot,
} from './mfa-setup-controller.js';
export { createMfaSetupController } from './mfa-setup-controller.js';
export type { MfaSetupEvent, MfaSetupRestingState, MfaSetupState } from './mfa-setup-flow.js';
export { initialMfaSetupState, mfaSetupTransition } from './mfa-setup-flow.js';
export type { MfaSetupStep } from './mfa-setup-step.js';
export { mfaSetupStepOf } from './mfa-setup-step.js';
export { normalizeRecoveryCode } from './normalize-recovery-code.js';
export { isCompleteOneTimeCode, normalizeOneTimeCode, ONE_TIME_CODE_LENGTH } from './one-time-code.js';
export type { PasskeyPromptController, PasskeyPromptControllerOptions } from './passkey-prompt-controller.js';
export { createPasskeyPromptController } from './passkey-prompt-controller.js';
export type { PasskeyPromptEvent, PasskeyPromptOutcome, PasskeyPromptState } from './passkey-prompt-flow.js';
export { initialPasskeyPromptState, passkeyPromptTransition } from './passkey-prompt-flow.js';
export type {
  PasskeyOffer,
  PasskeySignInController,
  PasskeySignInControllerOptions,
  PasskeySignInSnapshot,
} from './passkey-sign-in-controller.js';
export { createPasskeySignInController } from './passkey-sign-in-controller.js';
export type { ProxyTransportOptions } from './proxy-post.js';
export { createProxyTransport } from './proxy-transport.js';
export type { RecoveryCodesLeft } from './recovery-codes-left.js';
export { createRecoveryCodesLeft } from './recovery-codes-left.js';
export type {
  ReverificationController,
  ReverificationPhase,
  ReverificationState,
} from './reverification.js';
export { createReverificationController } from './reverification.js';
export { toSafeQrCodeSource } from './safe-qr-code.js';
export { pickSafeRedirect, toSafeRedirect } from './safe-redirect.js';
export type { FetchFunction, ReceivedResponse, SendRequestOptions } from './send-request.js';
export { maxResponseBytes, sendRequest } from './send-request.js';
export type { AuthUser, Session, TwoFactorStatus } from './session.js';
export type {
  SessionEvent,
  SessionObserver,
  SessionObserverOptions,
  SessionSnapshot,
  SessionStatus,
} from './session-observer.js';
export { createSessionObserver } from './session-observer.js';
export type { SessionState, SessionStore, SessionStoreApi, SessionStoreOptions } from './session-store.js';
export { createSessionStore, sessionStorageKey } from './session-store.js';
export type {
  SignedInDetails,
  SignInActions,
  SignInController,
  SignInControllerOptions,
  SignInPending,
  SignInSnapshot,
} from './sign-in-controller.js';
export { createSignInController } from './sign-in-controller.js';
export type { SignInEvent, SignInMfaStep, SignInRestingState, SignInState } from './sign-in-flow.js';
export { initialSignInState, signInTransition } from './sign-in-flow.js';
export type { SignInStep } from './sign-in-step.js';
export { signInMfaStepOf, signInStepOf } from './sign-in-step.js';
export type { SessionStorageAdapter, SessionStorageOption } from './storage-adapters.js';
export { createFallbackStorage, createMemoryStorage, resolveSessionStorage } from './storage-adapters.js';
export type {
  ConfirmedSession,
  SessionCredentials,
  SessionGrant,
  SignInOutcome,
  Transport,
  TransportCallOptions,
  TransportMode,
} from './transport.js';
export type { WebAuthnBrowser, WebAuthnSource } from './webauthn-browser.js';
