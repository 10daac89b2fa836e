import { type AuthErrorCode, type RouteId, serverMessages } from '@authflow-ui/contract';
import { describe, expect, it } from 'vitest';
import { isAuthError } from './auth-error.js';
import { type CallRouteOptions, callRoute } from './call-route.js';
import { errorFromResponse } from './error-from-response.js';
import { errorResponse, recordingFetch } from './test-support/recording-fetch.js';

const now = Date.parse('2026-04-05T12:00:00Z');

async function failureOf(routeId: 'login' | 'me', response: Response) {
  const { fetch } = recordingFetch(() => response);
  const options: CallRouteOptions = {
    baseUrl: 'http://authflow.test',
    fetch,
    timeoutMs: 1000,
    now: () => now,
  };
  const call =
    routeId === 'login'
      ? callRoute(
          'login',
          { foobar: 'f', email: 'e@example.com', password: 'p', api_key: 'k', role: 'user' },
          options,
        )
      : callRoute('me', { sessionToken: 't' }, options);
  try {
    await call;
  } catch (error) {
    if (isAuthError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const cases: [RouteId, number, string, AuthErrorCode][] = [
  ['signUp', 400, serverMessages.weakPassword, 'weak_password'],
  ['signUp', 400, serverMessages.missingFields, 'invalid_request'],
  ['login', 401, serverMessages.incorrectPassword, 'invalid_credentials'],
  ['login', 404, serverMessages.userNotFound, 'user_not_found'],
  ['login', 401, serverMessages.invalidApiKey, 'configuration'],
  ['login', 401, serverMessages.fooBarExpired, 'expired'],
  ['login', 401, 'Something unexpected', 'invalid_credentials'],
  ['signUp', 409, serverMessages.userExists, 'user_exists'],
  ['verifyTwoFactor', 401, serverMessages.invalidTotpCode, 'invalid_code'],
  ['verifyEmailOtp', 401, serverMessages.invalidEmailOtp, 'invalid_code'],
  ['verifyRecoveryCode', 401, serverMessages.invalidRecoveryCode, 'invalid_code'],
  ['verifyTwoFactor', 401, serverMessages.tempTokenExpired, 'expired'],
  ['resetPassword', 401, serverMessages.resetTokenInvalid, 'expired'],
  ['verifyEmail', 401, serverMessages.verificationTokenInvalid, 'expired'],
  ['me', 401, serverMessages.invalidSession, 'session_expired'],
  ['enableTwoFactor', 401, 'Unauthorized', 'session_expired'],
  ['changePassword', 401, serverMessages.incorrectPassword, 'invalid_credentials'],
  ['changePassword', 404, serverMessages.userNotFound, 'user_not_found'],
  ['deleteUser', 403, serverMessages.ownerOnly, 'forbidden'],
  ['deleteUser', 404, serverMessages.userNotFound, 'user_not_found'],
  ['me', 405, serverMessages.methodNotAllowed, 'invalid_request'],
  ['me', 500, serverMessages.internalError, 'server'],
  ['me', 503, 'Service Unavailable', 'server'],
  ['verifyTwoFactorSetup', 401, 'Unauthorized', 'invalid_code'],
  ['me', 404, serverMessages.userNotFound, 'user_not_found'],
  ['me', 404, serverMessages.notFound, 'not_found'],
];

describe('mapping AuthFlow failures to AuthError codes', () => {
  it.each(cases)('given %s answering %i "%s", it gives %s', (routeId, status, message, code) => {
    const error = errorFromResponse(routeId, status, message, undefined);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.serverMessage).toBe(message);
  });

  it('given a JSON error body over HTTP, it reads the message from the body', async () => {
    const error = await failureOf('me', errorResponse(401, serverMessages.invalidSession));
    expect(error).toMatchObject({
      code: 'session_expired',
      status: 401,
      serverMessage: serverMessages.invalidSession,
    });
  });

  it('given a 429 with delay-seconds, it reports rate_limited with retryAfter', async () => {
    const error = await failureOf(
      'login',
      errorResponse(429, serverMessages.tooManyRequests, { 'Retry-After': '42' }),
    );
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 42 });
  });

  it('given a 429 with an HTTP date, it reports the seconds until then', async () => {
    const retryAt = new Date(now + 90_000).toUTCString();
    const error = await failureOf(
      'login',
      errorResponse(429, serverMessages.tooManyRequests, { 'Retry-After': retryAt }),
    );
    expect(error).toMatchObject({ code: 'rate_limited', retryAfter: 90 });
  });

  it('given a 429 without Retry-After, it reports rate_limited with no retryAfter', async () => {
    const error = await failureOf('login', errorResponse(429, serverMessages.tooManyRequests));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfter).toBeUndefined();
  });

  it('given a 502 HTML error page, it reports server without a server message', async () => {
    const page = new Response('<html><body>Bad gateway</body></html>', {
      status: 502,
      headers: { 'content-type': 'text/html' },
    });
    const error = await failureOf('me', page);
    expect(error).toMatchObject({ code: 'server', status: 502 });
    expect(error.serverMessage).toBeUndefined();
  });

  it('given a redirect, it reports invalid_response rather than following it with the credentials', async () => {
    const redirect = new Response(null, { status: 302, headers: { location: 'http://elsewhere.test/' } });
    const error = await failureOf('login', redirect);
    expect(error).toMatchObject({ code: 'invalid_response', status: 302 });
  });

  it('never puts the request URL, and so no query-string secret, into the message', async () => {
    const error = await failureOf('login', errorResponse(401, serverMessages.incorrectPassword));
    expect(error.message).toContain('/auth/login');
    expect(error.message).not.toContain('api_key');
    expect(error.message).not.toContain('password=');
  });
});
