import type { AuthErrorCode } from '@authflow-ui/contract';

/** What an `AuthError` may carry besides its code and message. */
export interface AuthErrorDetails {
  /** The HTTP status AuthFlow answered with, when there was an answer. */
  status?: number;
  /** The `message` text of AuthFlow's error body, when it sent one. */
  serverMessage?: string;
  /** Seconds to wait before trying again (from `Retry-After`), on `rate_limited`. */
  retryAfter?: number;
  /** The underlying failure (a rejected fetch, a parse error), kept for debugging. */
  cause?: unknown;
}

/**
 * The one error every `@authflow-ui/core` call rejects with. `code` is stable and is what
 * a UI should switch on; `message` is for developers and never contains a password, token,
 * code or the API key (request URLs are never included, because the contract puts secrets
 * in query strings).
 */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  readonly code: AuthErrorCode;
  readonly status: number | undefined;
  readonly serverMessage: string | undefined;
  readonly retryAfter: number | undefined;

  constructor(code: AuthErrorCode, message: string, details: AuthErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.status = details.status;
    this.serverMessage = details.serverMessage;
    this.retryAfter = details.retryAfter;
  }
}

/** True for an `AuthError`: the guard to use in `catch` blocks and error boundaries. */
export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}
