import type { AuthErrorCode } from '@authflow-ui/contract';

/**
 * The message the proxy sends with each code. Fixed texts only: AuthFlow's own messages are not
 * passed on, because they tell an unknown user from a wrong password.
 */
export const proxyErrorMessages: Readonly<Record<AuthErrorCode, string>> = {
  invalid_request: 'The request is not valid.',
  invalid_credentials: 'The email or password is incorrect.',
  user_not_found: 'No such user.',
  user_exists: 'An account with this email already exists. Sign in instead.',
  weak_password: 'The password does not meet the requirements.',
  invalid_code: 'The code is incorrect or has expired.',
  expired: 'This step has expired. Please start again.',
  session_expired: 'Your session has ended. Please sign in again.',
  forbidden: 'You are not allowed to do this.',
  reauthentication_required: 'For your security, confirm it is you to continue.',
  not_found: 'Not found.',
  rate_limited: 'Too many attempts. Please wait and try again.',
  configuration: 'The sign-in service is not configured correctly.',
  network: 'The sign-in service cannot be reached. Please try again.',
  timeout: 'The sign-in service took too long to answer. Please try again.',
  aborted: 'The request was cancelled.',
  server: 'The sign-in service had a problem. Please try again.',
  invalid_response: 'The sign-in service answered unexpectedly. Please try again.',
  passkey_rejected: 'The passkey was not accepted.',
  passkey_exists: 'This passkey is already registered.',
  passkey_cancelled: 'The passkey request was cancelled.',
  passkey_unsupported: 'Passkeys are not available here.',
};

/** The HTTP status the proxy answers each code with (see `ProxyErrorBody`). */
export const proxyErrorStatuses: Readonly<Record<AuthErrorCode, number>> = {
  invalid_request: 400,
  invalid_credentials: 401,
  user_not_found: 404,
  user_exists: 409,
  weak_password: 400,
  invalid_code: 401,
  expired: 401,
  session_expired: 401,
  forbidden: 403,
  reauthentication_required: 403,
  not_found: 404,
  rate_limited: 429,
  configuration: 502,
  network: 502,
  timeout: 504,
  aborted: 499,
  server: 502,
  invalid_response: 502,
  passkey_rejected: 401,
  passkey_exists: 409,
  passkey_cancelled: 400,
  passkey_unsupported: 400,
};
