import { AuthError, isAuthError } from './auth-error.js';

const errorName = (error: unknown): string =>
  error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)
    ? error.name
    : '';

const errorCode = (error: unknown): string => {
  const code: unknown = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' ? code : '';
};

/**
 * The `AuthError` for a failed WebAuthn ceremony in the browser. `NotAllowedError` is what a
 * browser throws when the person closes its prompt, lets it time out or has no passkey to offer:
 * it reads as `passkey_cancelled`, which screens treat as "nothing happened", not as an error.
 */
export function passkeyErrorFrom(error: unknown): AuthError {
  if (isAuthError(error)) return error;
  const name = errorName(error);
  const code = errorCode(error);
  const details = { cause: error };
  if (name === 'InvalidStateError' || code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') {
    return new AuthError(
      'passkey_exists',
      'This authenticator already holds a passkey for this account',
      details,
    );
  }
  if (name === 'NotAllowedError' || name === 'AbortError' || code === 'ERROR_CEREMONY_ABORTED') {
    return new AuthError(
      'passkey_cancelled',
      'The passkey prompt was dismissed, timed out or replaced',
      details,
    );
  }
  if (name === 'NotSupportedError') {
    return new AuthError(
      'passkey_unsupported',
      'This browser or authenticator cannot create such a passkey',
      details,
    );
  }
  if (name === 'SecurityError' || code === 'ERROR_INVALID_DOMAIN' || code === 'ERROR_INVALID_RP_ID') {
    return new AuthError(
      'configuration',
      'The browser refused the passkey request for this site: the backend’s rpId must be this page’s domain',
      details,
    );
  }
  return new AuthError(
    'passkey_rejected',
    'The authenticator could not complete the passkey request',
    details,
  );
}
