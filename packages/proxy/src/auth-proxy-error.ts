import type { AuthErrorCode } from '@authflow-ui/contract';
import { proxyErrorMessages } from './proxy-error-messages.js';

/**
 * Thrown by `getSession` when the proxy cannot say who is signed in (AuthFlow unreachable, slow,
 * failing or answering nonsense). Server code should show an error page, not the sign-in page:
 * the person may well be signed in.
 */
export class AuthProxyError extends Error {
  override readonly name = 'AuthProxyError';
  readonly code: AuthErrorCode;

  constructor(code: AuthErrorCode) {
    super(proxyErrorMessages[code]);
    this.code = code;
  }
}
