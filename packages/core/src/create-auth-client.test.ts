import { serverMessages } from '@authflow-ui/contract';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthClientOptions } from './assemble-auth-client.js';
import type { AuthClient } from './auth-client.js';
import { isAuthError } from './auth-error.js';
import { createAuthClient } from './create-auth-client.js';
import type { MfaChallenge } from './mfa-challenge.js';
import {
  errorResponse,
  jsonResponse,
  queryOf,
  type RecordedRequest,
  recordingFetch,
} from './test-support/recording-fetch.js';
import { signSessionToken } from './test-support/session-tokens.js';

const apiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';
const baseUrl = 'http://authflow.test';
const now = Date.parse('2026-04-05T12:00:00Z');
const expiresAt = now + 12 * 60 * 60 * 1000;
const profile = { email: 'owner@example.com', fullname: 'Olivia Owner', role: 'user', org_id: 'org-1' };
const user = { email: 'owner@example.com', fullname: 'Olivia Owner', role: 'user', orgId: 'org-1' };
let sessionToken = '';

beforeAll(async () => {
  sessionToken = await signSessionToken(
    { email: profile.email, org_id: profile.org_id, role: 'user' },
    expiresAt,
  );
});

type Responder = (request: Request) => Response | Promise<Response>;

/** Answers every route the way AuthFlow does on success, unless a test overrides a path. */
function fakeAuthFlow(overrides: Record<string, Responder> = {}) {
  let fooBars = 0;
  const defaults: Record<string, Responder> = {
    '/': () =>
      jsonResponse(200, {
        name: 'AuthFlow',
        authProduct: { session: [], passwordManagement: [], emailVerification: [], twoFactor: [] },
      }),
    '/auth/fooBar': () => {
      fooBars += 1;
      return jsonResponse(200, { token: `foobar-${fooBars}` });
    },
    '/auth/signUp': () => jsonResponse(200, { token: sessionToken }),
    '/auth/login': () => jsonResponse(200, { token: sessionToken }),
    '/auth/me': () => jsonResponse(200, profile),
    '/auth/validate': () => jsonResponse(200, { valid: true }),
    '/auth/logout': () => jsonResponse(200, { success: true }),
    '/auth/changePassword': () => jsonResponse(200, { success: true }),
    '/auth/forgot-password': () =>
      jsonResponse(200, {
        success: true,
        message: 'If an account exists for this email, a reset link has been sent.',
      }),
    '/auth/reset-password': () => jsonResponse(200, { success: true }),
    '/auth/verify-email': () =>
      new Response('<h1>Verified</h1>', { headers: { 'content-type': 'text/html' } }),
    '/auth/resend-verify-email': () =>
      jsonResponse(200, { statusCode: 200, message: 'Verification email sent.' }),
    '/auth/deleteUser': () => jsonResponse(200, { success: true, message: 'User deleted successfully' }),
    '/auth/2fa/enable': () =>
      jsonResponse(200, {
        secret: 'JBSWY3DPEHPK3PXP',
        qrCode: 'data:image/png;base64,AAAA',
        otpauth_url: 'otpauth://totp/x',
      }),
    '/auth/2fa/verify-setup': () =>
      jsonResponse(200, { success: true, recoveryCodes: ['AB12CD34', 'EF56GH78'] }),
    '/auth/2fa/disable': () => jsonResponse(200, { success: true }),
    '/auth/2fa/verify-2fa': () => jsonResponse(200, { token: sessionToken }),
    '/auth/2fa/backup/email': () => jsonResponse(200, { success: true, message: 'OTP sent to your email' }),
    '/auth/2fa/verify-email-otp': () => jsonResponse(200, { token: sessionToken }),
    '/auth/2fa/recovery-codes': () => jsonResponse(200, { recoveryCodes: ['NEWCODE1'] }),
    '/auth/2fa/verify-recovery': () => jsonResponse(200, { token: sessionToken, remainingCodes: 7 }),
  };
  return recordingFetch((request) => {
    const path = new URL(request.url).pathname;
    const respond = overrides[path] ?? defaults[path];
    return respond ? respond(request) : errorResponse(404, serverMessages.notFound);
  });
}

const clients: AuthClient[] = [];

function clientWith(fetch: AuthClientOptions['fetch'], options: Partial<AuthClientOptions> = {}) {
  const client = createAuthClient({ baseUrl, apiKey, fetch, now: () => now, ...options });
  clients.push(client);
  return client;
}

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  vi.unstubAllGlobals();
});

async function signedInClient(
  overrides: Record<string, Responder> = {},
  options: Partial<AuthClientOptions> = {},
) {
  const afterSignIn: Record<string, Responder> = {};
  const authFlow = fakeAuthFlow(afterSignIn);
  const client = clientWith(authFlow.fetch, options);
  await client.signIn({ email: profile.email, password: 'OwnerPass123!' });
  Object.assign(afterSignIn, overrides);
  authFlow.requests.splice(0);
  return { client, requests: authFlow.requests };
}

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAuthError(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const pathsOf = (requests: RecordedRequest[]) =>
  requests.map((request) => `${request.method} ${request.url.pathname}`);

const challenge: MfaChallenge = {
  tempToken: 'temp-1',
  email: 'mfa@example.com',
  orgId: 'org-1',
  role: 'user',
  methods: ['totp', 'email', 'recovery'],
  issuedAt: now,
};

describe('given a server-side client with the API key', () => {
  describe('when signing up', () => {
    it('fetches a fooBar for the same email and role, sends every field in the query, then loads the user', async () => {
      const { fetch, requests } = fakeAuthFlow();
      const client = clientWith(fetch);
      const session = await client.signUp({
        email: 'new@example.com',
        password: 'Pass 1!&x',
        fullname: 'Zoë Nüñez',
      });
      expect(pathsOf(requests)).toEqual(['GET /auth/fooBar', 'GET /auth/signUp', 'GET /auth/me']);
      expect(queryOf(requests[0]!)).toEqual({ identity: 'new@example.com', api_key: apiKey, role: 'user' });
      expect(queryOf(requests[1]!)).toEqual({
        foobar: 'foobar-1',
        email: 'new@example.com',
        password: 'Pass 1!&x',
        fullname: 'Zoë Nüñez',
        role: 'user',
        api_key: apiKey,
        disclaimed: 'true',
      });
      expect(requests[1]?.body).toBeUndefined();
      expect(queryOf(requests[2]!)).toEqual({ sessionToken });
      expect(session).toEqual({ user, token: sessionToken, expiresAt, twoFactor: 'disabled' });
      expect(client.session.getState()).toEqual({
        status: 'signedIn',
        user,
        token: sessionToken,
        expiresAt,
        twoFactor: 'disabled',
      });
    });

    it('passes an explicit role and disclaimed: false through', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await clientWith(fetch).signUp({
        email: 'd@example.com',
        password: 'Pass123!',
        fullname: 'D',
        role: 'detective',
        disclaimed: false,
      });
      expect(queryOf(requests[0]!).role).toBe('detective');
      expect(queryOf(requests[1]!)).toMatchObject({ role: 'detective', disclaimed: 'false' });
    });
  });

  describe('when signing in', () => {
    it('sends login in the query with a fresh fooBar and signs in', async () => {
      const { fetch, requests } = fakeAuthFlow();
      const client = clientWith(fetch, { role: 'detective' });
      const result = await client.signIn({ email: profile.email, password: 'OwnerPass123!' });
      expect(pathsOf(requests)).toEqual(['GET /auth/fooBar', 'GET /auth/login', 'GET /auth/me']);
      expect(queryOf(requests[0]!)).toEqual({ identity: profile.email, api_key: apiKey, role: 'detective' });
      expect(queryOf(requests[1]!)).toEqual({
        foobar: 'foobar-1',
        email: profile.email,
        password: 'OwnerPass123!',
        api_key: apiKey,
        role: 'detective',
      });
      expect(result).toEqual({
        type: 'session',
        session: { user, token: sessionToken, expiresAt, twoFactor: 'disabled' },
      });
    });

    it('never reuses a fooBar: each attempt fetches its own', async () => {
      const { fetch, requests } = fakeAuthFlow({
        '/auth/login': () => errorResponse(401, serverMessages.incorrectPassword),
      });
      const client = clientWith(fetch);
      await rejection(client.signIn({ email: profile.email, password: 'wrong' }));
      await rejection(client.signIn({ email: profile.email, password: 'wrong' }));
      const logins = requests.filter((request) => request.url.pathname === '/auth/login');
      expect(logins.map((request) => queryOf(request).foobar)).toEqual(['foobar-1', 'foobar-2']);
    });

    it('answers a 2FA challenge with the three methods and the time it was issued, still signed out', async () => {
      const { fetch, requests } = fakeAuthFlow({
        '/auth/login': () =>
          jsonResponse(200, {
            requires2FA: true,
            tempToken: 'temp-1',
            email: 'mfa@example.com',
            org_id: 'org-1',
            role: 'user',
          }),
      });
      const client = clientWith(fetch);
      const result = await client.signIn({ email: 'mfa@example.com', password: 'MfaPass123!' });
      expect(result).toEqual({ type: 'mfa', challenge });
      expect(pathsOf(requests)).toEqual(['GET /auth/fooBar', 'GET /auth/login']);
      expect(client.session.getState().status).toBe('signedOut');
    });

    it('given the fooBar expired on the way, retries exactly once with a fresh one', async () => {
      let logins = 0;
      const { fetch, requests } = fakeAuthFlow({
        '/auth/login': () => {
          logins += 1;
          return logins === 1
            ? errorResponse(401, serverMessages.fooBarExpired)
            : jsonResponse(200, { token: sessionToken });
        },
      });
      const result = await clientWith(fetch).signIn({ email: profile.email, password: 'OwnerPass123!' });
      expect(result.type).toBe('session');
      expect(pathsOf(requests)).toEqual([
        'GET /auth/fooBar',
        'GET /auth/login',
        'GET /auth/fooBar',
        'GET /auth/login',
        'GET /auth/me',
      ]);
      expect(queryOf(requests[3]!).foobar).toBe('foobar-2');
    });

    it('given the fooBar keeps expiring, gives up after one retry with expired, never looping', async () => {
      const { fetch, requests } = fakeAuthFlow({
        '/auth/login': () => errorResponse(401, serverMessages.fooBarExpired),
      });
      const error = await rejection(
        clientWith(fetch).signIn({ email: profile.email, password: 'OwnerPass123!' }),
      );
      expect(error.code).toBe('expired');
      expect(pathsOf(requests)).toEqual([
        'GET /auth/fooBar',
        'GET /auth/login',
        'GET /auth/fooBar',
        'GET /auth/login',
      ]);
    });

    it('given a wrong password, does not retry', async () => {
      const { fetch, requests } = fakeAuthFlow({
        '/auth/login': () => errorResponse(401, serverMessages.incorrectPassword),
      });
      const error = await rejection(clientWith(fetch).signIn({ email: profile.email, password: 'wrong' }));
      expect(error).toMatchObject({ code: 'invalid_credentials', status: 401 });
      expect(pathsOf(requests)).toEqual(['GET /auth/fooBar', 'GET /auth/login']);
    });

    it('given the profile cannot be loaded after login, rejects and stays signed out', async () => {
      const { fetch } = fakeAuthFlow({ '/auth/me': () => errorResponse(500, serverMessages.internalError) });
      const client = clientWith(fetch);
      expect((await rejection(client.signIn({ email: profile.email, password: 'x' }))).code).toBe('server');
      expect(client.session.getState().status).toBe('signedOut');
    });

    it('given the caller aborts, rejects with aborted', async () => {
      const { fetch } = fakeAuthFlow();
      const error = await rejection(
        clientWith(fetch).signIn({ email: profile.email, password: 'x' }, { signal: AbortSignal.abort() }),
      );
      expect(error.code).toBe('aborted');
    });
  });

  describe('when completing a 2FA challenge', () => {
    it('verifyTotp posts the tempToken, identity and the code without spaces, then signs in', async () => {
      const { fetch, requests } = fakeAuthFlow();
      const client = clientWith(fetch);
      const session = await client.mfa.verifyTotp(challenge, ' 123 456 ');
      expect(pathsOf(requests)).toEqual(['POST /auth/2fa/verify-2fa', 'GET /auth/me']);
      expect(requests[0]?.body).toEqual({
        tempToken: 'temp-1',
        email: 'mfa@example.com',
        org_id: 'org-1',
        role: 'user',
        totpCode: '123456',
      });
      expect(requests[0]?.url.search).toBe('');
      expect(requests[0]?.headers.get('content-type')).toBe('application/json');
      expect(session.token).toBe(sessionToken);
      expect(client.session.getState().status).toBe('signedIn');
    });

    it('sendEmailCode posts the pending sign-in and reports when the code was sent', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await expect(clientWith(fetch).mfa.sendEmailCode(challenge)).resolves.toEqual({ sentAt: now });
      expect(pathsOf(requests)).toEqual(['POST /auth/2fa/backup/email']);
      expect(requests[0]?.body).toEqual({
        tempToken: 'temp-1',
        email: 'mfa@example.com',
        org_id: 'org-1',
        role: 'user',
      });
    });

    it('verifyEmailCode posts the identity and emailOTP, without a tempToken as the contract says', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await clientWith(fetch).mfa.verifyEmailCode(challenge, '654321');
      expect(requests[0]?.body).toEqual({
        email: 'mfa@example.com',
        org_id: 'org-1',
        role: 'user',
        emailOTP: '654321',
      });
    });

    it('given a pasted code with full-width digits and a dash, verifyEmailCode posts six ASCII digits', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await clientWith(fetch).mfa.verifyEmailCode(challenge, '６５４-３２１');
      expect(requests[0]?.body).toMatchObject({ emailOTP: '654321' });
    });

    it('given a seven-digit code, verifyEmailCode sends it whole, so AuthFlow refuses it instead of a guess', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await clientWith(fetch).mfa.verifyEmailCode(challenge, '6543217');
      expect(requests[0]?.body).toMatchObject({ emailOTP: '6543217' });
    });

    it('verifyRecoveryCode posts the code without its dash and reports the codes left', async () => {
      const { fetch, requests } = fakeAuthFlow();
      const result = await clientWith(fetch).mfa.verifyRecoveryCode(challenge, 'AB12-CD34');
      expect(requests[0]?.body).toEqual({
        email: 'mfa@example.com',
        org_id: 'org-1',
        role: 'user',
        recoveryCode: 'AB12CD34',
      });
      expect(result).toEqual({
        session: { user, token: sessionToken, expiresAt, twoFactor: 'enabled' },
        remainingCodes: 7,
      });
    });

    it('given the challenge expired, rejects with expired', async () => {
      const { fetch } = fakeAuthFlow({
        '/auth/2fa/verify-2fa': () => errorResponse(401, serverMessages.tempTokenExpired),
      });
      expect((await rejection(clientWith(fetch).mfa.verifyTotp(challenge, '123456'))).code).toBe('expired');
    });
  });

  describe('when signed in', () => {
    const identityBody = {
      sessionToken: '',
      email: profile.email,
      org_id: profile.org_id,
      role: profile.role,
    };
    beforeAll(() => {
      identityBody.sessionToken = sessionToken;
    });

    it('mfa.enable posts the session identity and returns the enrollment', async () => {
      const { client, requests } = await signedInClient();
      const enrollment = await client.mfa.enable();
      expect(pathsOf(requests)).toEqual(['POST /auth/2fa/enable']);
      expect(requests[0]?.body).toEqual(identityBody);
      expect(enrollment).toEqual({
        secret: 'JBSWY3DPEHPK3PXP',
        qrCode: 'data:image/png;base64,AAAA',
        otpauthUrl: 'otpauth://totp/x',
      });
    });

    it('mfa.verifySetup posts the code and the secret with the session identity', async () => {
      const { client, requests } = await signedInClient();
      const codes = await client.mfa.verifySetup({ secret: 'JBSWY3DPEHPK3PXP', code: '123 456' });
      expect(requests[0]?.body).toEqual({ ...identityBody, totpCode: '123456', secret: 'JBSWY3DPEHPK3PXP' });
      expect(codes).toEqual({ recoveryCodes: ['AB12CD34', 'EF56GH78'] });
    });

    it('mfa.disable and mfa.regenerateRecoveryCodes post the password with the session identity', async () => {
      const { client, requests } = await signedInClient();
      await client.mfa.disable({ password: ' spaced password ' });
      const codes = await client.mfa.regenerateRecoveryCodes({ password: 'OwnerPass123!' });
      expect(pathsOf(requests)).toEqual(['POST /auth/2fa/disable', 'POST /auth/2fa/recovery-codes']);
      expect(requests[0]?.body).toEqual({ ...identityBody, password: ' spaced password ' });
      expect(requests[1]?.body).toEqual({ ...identityBody, password: 'OwnerPass123!' });
      expect(codes).toEqual({ recoveryCodes: ['NEWCODE1'] });
    });

    it('me sends the session token in the query and refreshes the stored user', async () => {
      const { client, requests } = await signedInClient({
        '/auth/me': () => jsonResponse(200, { ...profile, fullname: 'Olivia O.' }),
      });
      await expect(client.me()).resolves.toEqual({ ...user, fullname: 'Olivia O.' });
      expect(queryOf(requests[0]!)).toEqual({ sessionToken });
      expect(client.session.getState().user?.fullname).toBe('Olivia O.');
    });

    it('changePassword sends the session, email and both passwords in the query', async () => {
      const { client, requests } = await signedInClient();
      await client.changePassword({ oldPassword: 'OwnerPass123!', newPassword: 'NewPass123!' });
      expect(pathsOf(requests)).toEqual(['GET /auth/changePassword']);
      expect(queryOf(requests[0]!)).toEqual({
        sessionToken,
        email: profile.email,
        oldPassword: 'OwnerPass123!',
        newPassword: 'NewPass123!',
      });
    });

    it('changePassword resolves on a 200 with plain text, since the contract pins only the status', async () => {
      const { client } = await signedInClient({
        '/auth/changePassword': () =>
          new Response('Password changed', { headers: { 'content-type': 'text/plain' } }),
      });
      await expect(
        client.changePassword({ oldPassword: 'OwnerPass123!', newPassword: 'NewPass123!' }),
      ).resolves.toBeUndefined();
    });

    it('deleteUser sends the Bearer header and the owner identity in the body, nothing in the query', async () => {
      const { client, requests } = await signedInClient();
      await client.deleteUser({ userEmail: 'member@example.com' });
      expect(pathsOf(requests)).toEqual(['POST /auth/deleteUser']);
      expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${sessionToken}`);
      expect(requests[0]?.url.search).toBe('');
      expect(requests[0]?.body).toEqual({
        email_owner: profile.email,
        org_id: profile.org_id,
        user_email: 'member@example.com',
      });
    });

    it('signOut sends logout with the session and email, and the store is signed out', async () => {
      const { client, requests } = await signedInClient();
      await client.signOut();
      expect(pathsOf(requests)).toEqual(['GET /auth/logout']);
      expect(queryOf(requests[0]!)).toEqual({ sessionToken, email: profile.email });
      expect(client.session.getState()).toEqual({
        status: 'signedOut',
        user: null,
        token: null,
        expiresAt: null,
        twoFactor: null,
      });
    });

    it('signOut still signs out here when AuthFlow cannot be reached, and does not reject', async () => {
      const { client } = await signedInClient({
        '/auth/logout': () => Promise.reject(new TypeError('offline')),
      });
      await expect(client.signOut()).resolves.toBeUndefined();
      expect(client.session.getState().status).toBe('signedOut');
    });

    it('given the session expired while a form was open, a signed-in call fails without a request', async () => {
      let clock = now;
      const { client, requests } = await signedInClient({}, { now: () => clock });
      clock = expiresAt;
      const error = await rejection(
        client.changePassword({ oldPassword: 'OwnerPass123!', newPassword: 'NewPass123!' }),
      );
      expect(error.code).toBe('session_expired');
      expect(requests).toHaveLength(0);
      expect(client.session.getState().status).toBe('signedOut');
    });

    it('a 401 on me signs out and rejects with session_expired', async () => {
      const { client } = await signedInClient({
        '/auth/me': () => errorResponse(401, serverMessages.invalidSession),
      });
      expect((await rejection(client.me())).code).toBe('session_expired');
      expect(client.session.getState().status).toBe('signedOut');
    });

    it('an invalid session on a two-factor call signs out', async () => {
      const { client } = await signedInClient({
        '/auth/2fa/enable': () => errorResponse(401, serverMessages.invalidSession),
      });
      expect((await rejection(client.mfa.enable())).code).toBe('session_expired');
      expect(client.session.getState().status).toBe('signedOut');
    });

    it('a wrong old password keeps the session', async () => {
      const { client } = await signedInClient({
        '/auth/changePassword': () => errorResponse(401, serverMessages.incorrectPassword),
      });
      const error = await rejection(
        client.changePassword({ oldPassword: 'wrong', newPassword: 'NewPass123!' }),
      );
      expect(error.code).toBe('invalid_credentials');
      expect(client.session.getState().status).toBe('signedIn');
    });

    it('a network failure on me keeps the session', async () => {
      const { client } = await signedInClient({ '/auth/me': () => Promise.reject(new TypeError('offline')) });
      expect((await rejection(client.me())).code).toBe('network');
      expect(client.session.getState().status).toBe('signedIn');
    });
  });

  describe('when validating the session', () => {
    it('sends the session token and email in the query and answers valid on 200', async () => {
      const { client, requests } = await signedInClient();
      await expect(client.validate()).resolves.toBe('valid');
      expect(pathsOf(requests)).toEqual(['GET /auth/validate']);
      expect(queryOf(requests[0]!)).toEqual({ sessionToken, email: profile.email });
    });

    it.each([
      ['an empty body', () => new Response(null, { status: 200 })],
      ['a JSON body', () => jsonResponse(200, { valid: true, checkedAt: '2026-04-05T12:00:00Z' })],
      ['plain text', () => new Response('OK', { headers: { 'content-type': 'text/plain' } })],
      ['a 204', () => new Response(null, { status: 204 })],
    ])('answers valid on a success with %s, which the contract leaves open', async (_body, respond) => {
      const { client } = await signedInClient({ '/auth/validate': respond });
      await expect(client.validate()).resolves.toBe('valid');
      expect(client.session.getState().status).toBe('signedIn');
    });

    it('answers invalid on 401 and signs out', async () => {
      const { client } = await signedInClient({
        '/auth/validate': () => errorResponse(401, serverMessages.invalidSession),
      });
      await expect(client.validate()).resolves.toBe('invalid');
      expect(client.session.getState().status).toBe('signedOut');
    });

    it.each([
      ['a network failure', () => Promise.reject(new TypeError('offline'))],
      ['a 500', () => errorResponse(500, serverMessages.internalError)],
      ['a 429', () => errorResponse(429, serverMessages.tooManyRequests, { 'Retry-After': '5' })],
      // A wrong baseUrl lands on a single-page app's fallback page, which answers 200 to any path.
      ['a 200 with HTML', () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } })],
    ])('answers unknown on %s and stays signed in', async (_situation, respond: Responder) => {
      const { client } = await signedInClient({ '/auth/validate': respond });
      await expect(client.validate()).resolves.toBe('unknown');
      expect(client.session.getState().status).toBe('signedIn');
    });

    it('answers unknown on a timeout and stays signed in', async () => {
      const { client } = await signedInClient(
        { '/auth/validate': () => new Promise<Response>(() => undefined) },
        { timeoutMs: 20 },
      );
      await expect(client.validate()).resolves.toBe('unknown');
      expect(client.session.getState().status).toBe('signedIn');
    });

    it('rejects with aborted when the caller aborts', async () => {
      const { client } = await signedInClient();
      expect((await rejection(client.validate({ signal: AbortSignal.abort() }))).code).toBe('aborted');
    });

    it('answers invalid without a request when signed out', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await expect(clientWith(fetch).validate()).resolves.toBe('invalid');
      expect(requests).toHaveLength(0);
    });
  });

  describe('when signed out', () => {
    it.each<[string, (client: AuthClient) => Promise<unknown>]>([
      ['me', (client) => client.me()],
      ['mfa.enable', (client) => client.mfa.enable()],
      ['mfa.verifySetup', (client) => client.mfa.verifySetup({ secret: 'S', code: '123456' })],
      ['mfa.disable', (client) => client.mfa.disable({ password: 'p' })],
      ['mfa.regenerateRecoveryCodes', (client) => client.mfa.regenerateRecoveryCodes({ password: 'p' })],
      ['changePassword', (client) => client.changePassword({ oldPassword: 'a', newPassword: 'b' })],
      ['deleteUser', (client) => client.deleteUser({ userEmail: 'm@example.com' })],
    ])('%s rejects with session_expired without a request', async (_method, call) => {
      const { fetch, requests } = fakeAuthFlow();
      expect((await rejection(call(clientWith(fetch)))).code).toBe('session_expired');
      expect(requests).toHaveLength(0);
    });
  });

  describe('when calling the public routes', () => {
    it('forgotPassword posts email, key and role in a JSON body', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await clientWith(fetch).forgotPassword({ email: 'someone@example.com' });
      expect(pathsOf(requests)).toEqual(['POST /auth/forgot-password']);
      expect(requests[0]?.url.search).toBe('');
      expect(requests[0]?.body).toEqual({ email: 'someone@example.com', api_key: apiKey, role: 'user' });
    });

    it('resetPassword posts the token and new password', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await clientWith(fetch).resetPassword({ token: 'reset-1', newPassword: 'NewPass123!' });
      expect(pathsOf(requests)).toEqual(['POST /auth/reset-password']);
      expect(requests[0]?.body).toEqual({ token: 'reset-1', newPassword: 'NewPass123!' });
    });

    it('verifyEmail sends the token in the query and accepts the HTML page', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await expect(clientWith(fetch).verifyEmail({ token: 'verify-1' })).resolves.toBeUndefined();
      expect(pathsOf(requests)).toEqual(['GET /auth/verify-email']);
      expect(queryOf(requests[0]!)).toEqual({ token: 'verify-1' });
    });

    it('verifyEmail rejects an expired link with expired', async () => {
      const { fetch } = fakeAuthFlow({
        '/auth/verify-email': () => errorResponse(401, serverMessages.verificationTokenInvalid),
      });
      expect((await rejection(clientWith(fetch).verifyEmail({ token: 'old' }))).code).toBe('expired');
    });

    it('resendVerificationEmail fetches a fooBar for the same email and role and sends it in the query', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await clientWith(fetch).resendVerificationEmail({ email: 'new@example.com', role: 'detective' });
      expect(pathsOf(requests)).toEqual(['GET /auth/fooBar', 'GET /auth/resend-verify-email']);
      expect(queryOf(requests[0]!)).toEqual({
        identity: 'new@example.com',
        api_key: apiKey,
        role: 'detective',
      });
      expect(queryOf(requests[1]!)).toEqual({
        foobar: 'foobar-1',
        email: 'new@example.com',
        api_key: apiKey,
        role: 'detective',
      });
    });

    it('resendVerificationEmail retries once on an expired fooBar', async () => {
      let sends = 0;
      const { fetch, requests } = fakeAuthFlow({
        '/auth/resend-verify-email': () => {
          sends += 1;
          return sends === 1
            ? errorResponse(401, serverMessages.fooBarExpired)
            : jsonResponse(200, { statusCode: 200, message: 'Verification email sent.' });
        },
      });
      await clientWith(fetch).resendVerificationEmail({ email: 'new@example.com' });
      expect(requests.filter((request) => request.url.pathname === '/auth/fooBar')).toHaveLength(2);
    });

    it('discover reads the discovery document at the root', async () => {
      const { fetch, requests } = fakeAuthFlow();
      await expect(clientWith(fetch).discover()).resolves.toMatchObject({ name: 'AuthFlow' });
      expect(pathsOf(requests)).toEqual(['GET /']);
    });

    it('discover accepts routes listed as path strings and ignores groups and fields it does not know', async () => {
      const { fetch } = fakeAuthFlow({
        '/': () =>
          jsonResponse(200, {
            name: 'AuthFlow',
            version: '2.4.0',
            authProduct: {
              session: ['/auth/login', { method: 'GET', path: '/auth/me', deprecated: false }],
              passwordManagement: ['POST /auth/forgot-password'],
              emailVerification: [],
              twoFactor: [],
              passkeys: [{ method: 'POST', path: '/auth/passkeys/options' }, 'DELETE /auth/passkeys/:id'],
            },
          }),
      });
      const document = await clientWith(fetch).discover();
      expect(document.authProduct.session).toEqual([
        { method: 'GET', path: '/auth/login' },
        { method: 'GET', path: '/auth/me' },
      ]);
      expect(document.authProduct.passwordManagement).toEqual([
        { method: 'POST', path: '/auth/forgot-password' },
      ]);
      expect(Object.keys(document.authProduct)).not.toContain('passkeys');
    });

    it('discover rejects with invalid_response when the root answers something that is no discovery document', async () => {
      const { fetch } = fakeAuthFlow({
        '/': () => jsonResponse(200, { name: 'AuthFlow', authProduct: { session: 'all of them' } }),
      });
      expect((await rejection(clientWith(fetch).discover())).code).toBe('invalid_response');
    });
  });
});

describe('given a client without the API key (as behind a proxy)', () => {
  it.each<[string, (client: AuthClient) => Promise<unknown>]>([
    ['signUp', (client) => client.signUp({ email: 'a@example.com', password: 'Pass123!', fullname: 'A' })],
    ['signIn', (client) => client.signIn({ email: 'a@example.com', password: 'Pass123!' })],
    ['forgotPassword', (client) => client.forgotPassword({ email: 'a@example.com' })],
    ['resendVerificationEmail', (client) => client.resendVerificationEmail({ email: 'a@example.com' })],
  ])('%s rejects with configuration, points to the proxy and sends nothing', async (_method, call) => {
    const { fetch, requests } = fakeAuthFlow();
    const error = await rejection(call(clientWith(fetch, { apiKey: undefined })));
    expect(error.code).toBe('configuration');
    expect(error.message).toContain('@authflow-ui/proxy');
    expect(requests).toHaveLength(0);
  });

  it('still verifies an email link, which needs no key', async () => {
    const { fetch } = fakeAuthFlow();
    await expect(
      clientWith(fetch, { apiKey: undefined }).verifyEmail({ token: 'v' }),
    ).resolves.toBeUndefined();
  });
});

describe('given a browser page', () => {
  it('refuses an apiKey with a message that points to the proxy', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    expect(() => createAuthClient({ baseUrl, apiKey })).toThrow(/@authflow-ui\/proxy/);
    try {
      createAuthClient({ baseUrl, apiKey });
    } catch (error) {
      expect(isAuthError(error) && error.code).toBe('configuration');
    }
  });

  it('accepts the key with dangerouslyAllowBrowser, and a client without a key', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    clients.push(createAuthClient({ baseUrl, apiKey, dangerouslyAllowBrowser: true }));
    clients.push(createAuthClient({ baseUrl }));
    expect(clients).toHaveLength(2);
  });
});
