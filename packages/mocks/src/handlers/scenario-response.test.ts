import { serverMessages } from '@authflow-ui/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV_API_KEY, MOCK_ORG_ID } from '../constants.js';
import { type MockServer, startMockServer } from '../start-mock-server.js';
import { fetchFooBar, getWithQuery, login, postJson, sessionFor } from '../test-support/raw-http.js';

let server: MockServer;
let url: string;

beforeAll(async () => {
  server = await startMockServer();
  url = server.url;
});
afterAll(() => server.close());
beforeEach(() => server.mock.reset());

const member = { email: 'member@example.com', password: 'MemberPass123!', role: 'user' };
const mfa = { email: 'mfa@example.com', password: 'MfaPass123!', role: 'user' };
const fooBarRequest = () =>
  getWithQuery(url, '/auth/fooBar', { identity: member.email, api_key: DEV_API_KEY });

describe('given a fault scenario', () => {
  it('latency delays the answer by the given milliseconds, then answers normally', async () => {
    server.mock.setScenario({ name: 'latency', ms: 150 });
    const started = performance.now();
    const response = await fooBarRequest();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(response.status).toBe(200);
  });

  it('server-error answers 500 JSON', async () => {
    server.mock.setScenario({ name: 'server-error' });
    const response = await fooBarRequest();
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      statusCode: 500,
      message: serverMessages.internalError,
      error: 'Internal Server Error',
    });
  });

  it('bad-gateway-html answers a 502 HTML page', async () => {
    server.mock.setScenario({ name: 'bad-gateway-html' });
    const response = await fooBarRequest();
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toMatch(/^<!doctype html>/);
  });

  it('rate-limited answers 429 with Retry-After 30 by default, or the given seconds', async () => {
    server.mock.setScenario({ name: 'rate-limited' });
    const response = await fooBarRequest();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect((await response.json()).message).toBe(serverMessages.tooManyRequests);
    server.mock.setScenario({ name: 'rate-limited', retryAfter: 5 });
    expect((await fooBarRequest()).headers.get('retry-after')).toBe('5');
  });

  it('network-error drops the connection without an answer', async () => {
    server.mock.setScenario({ name: 'network-error' });
    await expect(fooBarRequest()).rejects.toThrow(TypeError);
  });

  it('malformed-json answers 200 with a JSON content type and a truncated body', async () => {
    server.mock.setScenario({ name: 'malformed-json' });
    const response = await fooBarRequest();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('limited to some routes, leaves the others alone, and switches off with null', async () => {
    server.mock.setScenario({ name: 'server-error', routes: ['login'] });
    expect((await fooBarRequest()).status).toBe(200);
    expect((await login(url, DEV_API_KEY, member)).status).toBe(500);
    server.mock.setScenario(null);
    expect((await login(url, DEV_API_KEY, member)).status).toBe(200);
  });

  it('is cleared by reset()', async () => {
    server.mock.setScenario({ name: 'server-error' });
    server.mock.reset();
    expect(server.mock.scenario).toBeNull();
    expect((await fooBarRequest()).status).toBe(200);
  });
});

describe('given an expiry scenario', () => {
  it('expired-session answers 401 Invalid or expired session on session routes only', async () => {
    const sessionToken = await sessionFor(url, DEV_API_KEY, member);
    server.mock.setScenario({ name: 'expired-session' });
    const me = await getWithQuery(url, '/auth/me', { sessionToken });
    expect(me.status).toBe(401);
    expect((await me.json()).message).toBe('Invalid or expired session');
    const enable = await postJson(url, '/auth/2fa/enable', {
      sessionToken,
      email: member.email,
      org_id: MOCK_ORG_ID,
      role: 'user',
    });
    expect(enable.status).toBe(401);
    expect((await login(url, DEV_API_KEY, member)).status).toBe(200);
    server.mock.setScenario(null);
    expect((await getWithQuery(url, '/auth/me', { sessionToken })).status).toBe(200);
  });

  it('expired-foobar issues fooBar tokens that sign-up, login and resend refuse', async () => {
    server.mock.setScenario({ name: 'expired-foobar' });
    const foobar = await fetchFooBar(url, DEV_API_KEY, member.email);
    server.mock.setScenario(null);
    const response = await getWithQuery(url, '/auth/login', { foobar, ...member, api_key: DEV_API_KEY });
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe('Invalid or expired token');
    expect((await login(url, DEV_API_KEY, member)).status).toBe(200);
  });

  it('expired-temp-token answers 401 on the four routes that finish a 2FA login', async () => {
    const { tempToken } = await (await login(url, DEV_API_KEY, mfa)).json();
    server.mock.setScenario({ name: 'expired-temp-token' });
    const pending = { email: mfa.email, org_id: MOCK_ORG_ID, role: 'user' };
    for (const [path, body] of [
      ['/auth/2fa/verify-2fa', { tempToken, ...pending, totpCode: '123456' }],
      ['/auth/2fa/backup/email', { tempToken, ...pending }],
      ['/auth/2fa/verify-email-otp', { ...pending, emailOTP: '123456' }],
      ['/auth/2fa/verify-recovery', { ...pending, recoveryCode: 'Q3M7X2KD' }],
    ] as const) {
      const response = await postJson(url, path, body);
      expect(response.status, path).toBe(401);
      expect((await response.json()).message, path).toBe(serverMessages.tempTokenExpired);
    }
    server.mock.setScenario(null);
    const recovered = await postJson(url, '/auth/2fa/verify-recovery', {
      ...pending,
      recoveryCode: 'Q3M7X2KD',
    });
    expect(recovered.status).toBe(200);
  });
});
