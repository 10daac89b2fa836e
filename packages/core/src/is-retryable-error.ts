import type { AuthErrorCode } from '@authflow-ui/contract';
import type { AuthError } from './auth-error.js';

/**
 * Failures that trying the same call again may fix: the request did not reach AuthFlow or
 * its answer did not arrive intact. `rate_limited` is left out on purpose: it needs a wait of
 * `retryAfter` seconds first, not a retry button.
 */
const retryableCodes: ReadonlySet<AuthErrorCode> = new Set([
  'network',
  'timeout',
  'aborted',
  'server',
  'invalid_response',
]);

/**
 * Whether repeating the same call unchanged may succeed, so a UI can offer "Try again".
 * False for anything the person must change first (credentials, code, input) and for
 * `rate_limited`.
 */
export function isRetryableError(error: AuthError): boolean {
  return retryableCodes.has(error.code);
}
