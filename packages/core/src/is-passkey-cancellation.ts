import { isAuthError } from './auth-error.js';

/** True for the outcome a screen should treat as "nothing happened": the person closed the prompt. */
export function isPasskeyCancellation(error: unknown): boolean {
  return isAuthError(error) && (error.code === 'passkey_cancelled' || error.code === 'aborted');
}
