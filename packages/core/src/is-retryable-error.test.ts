import { authErrorCodes } from '@authflow-ui/contract';
import { describe, expect, it } from 'vitest';
import { AuthError } from './auth-error.js';
import { isRetryableError } from './is-retryable-error.js';

describe('isRetryableError', () => {
  it('given a failure on the way to or from AuthFlow, it offers the same call again', () => {
    for (const code of ['network', 'timeout', 'aborted', 'server', 'invalid_response'] as const) {
      expect(isRetryableError(new AuthError(code, 'failed'))).toBe(true);
    }
  });

  it('given a failure the person must fix first, or a rate limit, it offers no retry', () => {
    for (const code of [
      'invalid_credentials',
      'invalid_code',
      'weak_password',
      'expired',
      'rate_limited',
    ] as const) {
      expect(isRetryableError(new AuthError(code, 'failed'))).toBe(false);
    }
  });

  it('classifies every code the contract knows, retrying only transport failures', () => {
    const retryable = authErrorCodes.filter((code) => isRetryableError(new AuthError(code, 'failed')));
    expect(retryable).toEqual(['network', 'timeout', 'aborted', 'server', 'invalid_response']);
  });
});
