import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_API_KEY, MOCK_ORG_ID } from './constants.js';
import { type MockServer, startMockServer } from './start-mock-server.js';
import { createTestClock, TOTP_STEP_MS, totpCode } from './test-support/raw-http.js';

/**
 * Every curl example of the contract, sent as curl sends it: `--get --data-urlencode` becomes a
 * GET whose query is percent-encoded in the given order; `-X POST -H ... -d '<json>'` a POST of
 * exactly that text. Shell variables are filled from earlier answers, in the order a reader would.
 */

const clock = createTestClock();
let server: MockServer;
let AUTHFLOW_BASE_URL: string;
const AUTHFLOW_API_KEY = DEV_API_KEY;
const AUTHFLOW_ORG_ID = MOCK_ORG_ID;
const curlHeaders = { 'User-Agent': 'curl/8.5.0', Accept: '*/*' };

beforeAll(async () => {
  server = await startMockServer({ now: clock.now });
  AUTHFLOW_BASE_URL = server.url;
});
afterAll(() => server.close());

function curlGet(path: string, ...pairs: [string, string][]): Promise<Response> {
  const query = pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  return fetch(`${AUTHFLOW_BASE_URL}${path}?${query}`, { headers: curlHeaders });
}

function curlPost(path: string, data: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${AUTHFLOW_BASE_URL}${path}`, {
    method: 'POST',
    headers: { ...curlHeaders, 'Content-Type': 'application/json', ...headers },
    body: data,
  });
}

async function fooBar(identity: string, role: string): Promise<string> {
  const response = await curlGet(
    '/auth/fooBar',
    ['identity', identity],
    ['api_key', AUTHFLOW_API_KEY],
    ['role', role],
  );
  expect(response.status).toBe(200);
  return (await response.json()).token;
}

async function loginExample(USER_PASSWORD: string): Promise<Response> {
  const FOOBAR_TOKEN = await fooBar('user@example.com', 'detective');
  return curlGet(
    '/auth/login',
    ['foobar', FOOBAR_TOKEN],
    ['email', 'user@example.com'],
    ['password', USER_PASSWORD],
    ['api_key', AUTHFLOW_API_KEY],
    ['role', 'detective'],
  );
}

const signUpExample = async (role: string) =>
  curlGet(
    '/auth/signUp',
    ['foobar', await fooBar('user@example.com', role)],
    ['api_key', AUTHFLOW_API_KEY],
    ['role', role],
    ['email', 'user@example.com'],
    ['password', 'TestPass123!'],
    ['fullname', 'John Smith'],
    ['disclaimed', 'true'],
  );

describe('given the contract curl examples, in reading order', () => {
  let USER_PASSWORD = 'TestPass123!';
  let SESSION_TOKEN = '';
  let TOTP_SECRET = '';
  let TEMP_TOKEN = '';
  let RECOVERY_CODE = '';

  it('GET /auth/fooBar', async () => {
    const response = await curlGet(
      '/auth/fooBar',
      ['identity', 'user@example.com'],
      ['api_key', AUTHFLOW_API_KEY],
      ['role', 'detective'],
    );
    expect(response.status).toBe(200);
    expect((await response.json()).token.split('.')).toHaveLength(3);
  });

  it('GET /auth/signUp (role customer, then the same email as detective)', async () => {
    const customer = await signUpExample('customer');
    expect(customer.status).toBe(200);
    expect((await customer.json()).token).toEqual(expect.any(String));
    expect((await signUpExample('detective')).status).toBe(200);
    expect((await signUpExample('detective')).status).toBe(409);
  });

  it('GET /auth/login', async () => {
    const response = await loginExample(USER_PASSWORD);
    expect(response.status).toBe(200);
    SESSION_TOKEN = (await response.json()).token;
  });

  it('GET /auth/validate', async () => {
    const response = await curlGet(
      '/auth/validate',
      ['sessionToken', SESSION_TOKEN],
      ['email', 'user@example.com'],
    );
    expect(response.status).toBe(200);
  });

  it('GET /auth/me', async () => {
    const response = await curlGet('/auth/me', ['sessionToken', SESSION_TOKEN]);
    expect(await response.json()).toEqual({
      email: 'user@example.com',
      fullname: 'John Smith',
      role: 'detective',
      org_id: AUTHFLOW_ORG_ID,
    });
  });

  it('GET /auth/changePassword', async () => {
    const OLD_PASSWORD = USER_PASSWORD;
    const response = await curlGet(
      '/auth/changePassword',
      ['sessionToken', SESSION_TOKEN],
      ['email', 'user@example.com'],
      ['oldPassword', OLD_PASSWORD],
      ['newPassword', 'NewPass123!'],
    );
    expect(response.status).toBe(200);
    USER_PASSWORD = 'NewPass123!';
  });

  it('GET /auth/logout', async () => {
    const response = await curlGet(
      '/auth/logout',
      ['sessionToken', SESSION_TOKEN],
      ['email', 'user@example.com'],
    );
    expect(await response.json()).toEqual({ success: true });
  });

  it('POST /auth/deleteUser', async () => {
    const owner = server.mock.seeded.owner;
    const OWNER_SESSION = (
      await curlGet(
        '/auth/login',
        ['foobar', await fooBar(owner.email, 'user')],
        ['email', owner.email],
        ['password', owner.password],
        ['api_key', AUTHFLOW_API_KEY],
        ['role', 'user'],
      ).then((response) => response.json())
    ).token;
    const response = await curlPost(
      '/auth/deleteUser',
      '{"email_owner":"owner@example.com","org_id":"' +
        AUTHFLOW_ORG_ID +
        '","user_email":"member@example.com"}',
      { Authorization: `Bearer ${OWNER_SESSION}` },
    );
    expect(await response.json()).toEqual({ success: true, message: 'User deleted successfully' });
  });

  it('POST /auth/forgot-password and POST /auth/reset-password', async () => {
    const forgot = await curlPost(
      '/auth/forgot-password',
      `{"email":"user@example.com","api_key":"${AUTHFLOW_API_KEY}","role":"detective"}`,
    );
    expect(await forgot.json()).toEqual({
      success: true,
      message: 'If an account exists for this email, a reset link has been sent.',
    });
    const AUTH_RESET_TOKEN = server.mock.outbox.messages('user@example.com').at(-1)?.token ?? '';
    const reset = await curlPost(
      '/auth/reset-password',
      `{"token":"${AUTH_RESET_TOKEN}","newPassword":"NewPass123!"}`,
    );
    expect(await reset.json()).toEqual({ success: true });
  });

  it('GET /auth/verify-email', async () => {
    const VERIFY_EMAIL_TOKEN =
      server.mock.outbox.messages('user@example.com').find((message) => message.kind === 'verify-email')
        ?.token ?? '';
    const response = await curlGet('/auth/verify-email', ['token', VERIFY_EMAIL_TOKEN]);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('GET /auth/resend-verify-email', async () => {
    const FOOBAR_TOKEN = await fooBar('user@example.com', 'detective');
    const response = await curlGet(
      '/auth/resend-verify-email',
      ['foobar', FOOBAR_TOKEN],
      ['email', 'user@example.com'],
      ['api_key', AUTHFLOW_API_KEY],
      ['role', 'detective'],
    );
    expect(await response.json()).toEqual({ statusCode: 200, message: 'Verification email sent.' });
  });

  it('POST /auth/2fa/enable and POST /auth/2fa/verify-setup', async () => {
    SESSION_TOKEN = (await (await loginExample(USER_PASSWORD)).json()).token;
    const enable = await curlPost(
      '/auth/2fa/enable',
      '{"sessionToken":"' +
        SESSION_TOKEN +
        '","email":"user@example.com","org_id":"' +
        AUTHFLOW_ORG_ID +
        '","role":"detective"}',
    );
    const { secret, qrCode, otpauth_url } = await enable.json();
    expect(qrCode).toMatch(/^data:image\/png;base64,/);
    expect(otpauth_url).toMatch(/^otpauth:\/\/totp\//);
    TOTP_SECRET = secret;
    const setup = await curlPost(
      '/auth/2fa/verify-setup',
      '{"sessionToken":"' +
        SESSION_TOKEN +
        '","email":"user@example.com","org_id":"' +
        AUTHFLOW_ORG_ID +
        '","role":"detective","totpCode":"' +
        totpCode(TOTP_SECRET, clock.now()) +
        '","secret":"' +
        TOTP_SECRET +
        '"}',
    );
    const { success, recoveryCodes } = await setup.json();
    expect(success).toBe(true);
    expect(recoveryCodes).toHaveLength(10);
  });

  it('POST /auth/2fa/recovery-codes', async () => {
    const response = await curlPost(
      '/auth/2fa/recovery-codes',
      '{"sessionToken":"' +
        SESSION_TOKEN +
        '","email":"user@example.com","org_id":"' +
        AUTHFLOW_ORG_ID +
        '","role":"detective","password":"' +
        USER_PASSWORD +
        '"}',
    );
    const { recoveryCodes } = await response.json();
    expect(recoveryCodes).toHaveLength(10);
    RECOVERY_CODE = recoveryCodes[0];
  });

  it('POST /auth/2fa/verify-2fa', async () => {
    const challenge = await (await loginExample(USER_PASSWORD)).json();
    expect(challenge.requires2FA).toBe(true);
    TEMP_TOKEN = challenge.tempToken;
    clock.advance(TOTP_STEP_MS);
    const response = await curlPost(
      '/auth/2fa/verify-2fa',
      '{"tempToken":"' +
        TEMP_TOKEN +
        '","email":"user@example.com","org_id":"' +
        AUTHFLOW_ORG_ID +
        '","role":"detective","totpCode":"' +
        totpCode(TOTP_SECRET, clock.now()) +
        '"}',
    );
    expect(response.status).toBe(200);
    expect((await response.json()).token).toEqual(expect.any(String));
  });

  it('POST /auth/2fa/backup/email and POST /auth/2fa/verify-email-otp', async () => {
    TEMP_TOKEN = (await (await loginExample(USER_PASSWORD)).json()).tempToken;
    const backup = await curlPost(
      '/auth/2fa/backup/email',
      '{"tempToken":"' +
        TEMP_TOKEN +
        '","email":"user@example.com","org_id":"' +
        AUTHFLOW_ORG_ID +
        '","role":"detective"}',
    );
    expect(await backup.json()).toEqual({ success: true, message: 'OTP sent to your email' });
    const emailOTP = server.mock.outbox.messages('user@example.com').at(-1)?.code ?? '';
    const response = await curlPost(
      '/auth/2fa/verify-email-otp',
      '{"email":"user@example.com","org_id":"' +
        AUTHFLOW_ORG_ID +
        '","role":"detective","emailOTP":"' +
        emailOTP +
        '"}',
    );
    expect(response.status).toBe(200);
    expect((await response.json()).token).toEqual(expect.any(String));
  });

  it('POST /auth/2fa/verify-recovery', async () => {
    await loginExample(USER_PASSWORD);
    const response = await curlPost(
      '/auth/2fa/verify-recovery',
      '{"email":"user@example.com","org_id":"' +
        AUTHFLOW_ORG_ID +
        '","role":"detective","recoveryCode":"' +
        RECOVERY_CODE +
        '"}',
    );
    const body = await response.json();
    expect(body.remainingCodes).toBe(9);
    SESSION_TOKEN = body.token;
  });

  it('POST /auth/2fa/disable', async () => {
    const response = await curlPost(
      '/auth/2fa/disable',
      '{"sessionToken":"' +
        SESSION_TOKEN +
        '","email":"user@example.com","org_id":"' +
        AUTHFLOW_ORG_ID +
        '","role":"detective","password":"' +
        USER_PASSWORD +
        '"}',
    );
    expect(await response.json()).toEqual({ success: true });
  });
});
