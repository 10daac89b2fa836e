import { serverMessages, successMessages } from '@authflow-ui/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_APP_URL, DEV_API_KEY } from '../constants.js';
import { type MockServer, startMockServer } from '../start-mock-server.js';
import { createTestClock, getWithQuery, login, postJson, sessionFor } from '../test-support/raw-http.js';

const clock = createTestClock();
let server: MockServer;
let url: string;

beforeAll(async () => {
  server = await startMockServer({ now: clock.now });
  url = server.url;
});
afterAll(() => server.close());
beforeEach(() => server.mock.reset());

const forgot = (email: string) =>
  postJson(url, '/auth/forgot-password', { email, api_key: DEV_API_KEY, role: 'user' });

async function resetTokenFor(email: string): Promise<string> {
  expect((await forgot(email)).status).toBe(200);
  const token = server.mock.outbox.messages(email).at(-1)?.token;
  if (token === undefined) throw new Error('no reset email');
  return token;
}

describe('given POST /auth/forgot-password', () => {
  it('answers the same neutral message for a known and an unknown email, mailing only the known one', async () => {
    const known = await forgot('member@example.com');
    const unknown = await forgot('nobody@example.com');
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const expected = { success: true, message: successMessages.resetLinkSent };
    expect(await known.json()).toEqual(expected);
    expect(await unknown.json()).toEqual(expected);
    expect(server.mock.outbox.messages('nobody@example.com')).toEqual([]);
    const [message] = server.mock.outbox.messages('member@example.com');
    expect(message).toMatchObject({ kind: 'reset-password', subject: 'Reset your password' });
    expect(message?.token).toMatch(/^[0-9a-f]{64}$/);
    expect(message?.link).toBe(`${DEFAULT_APP_URL}/reset-password?token=${message?.token}`);
  });

  it('treats a missing role as the default role user', async () => {
    const response = await postJson(url, '/auth/forgot-password', {
      email: 'member@example.com',
      api_key: DEV_API_KEY,
    });
    expect(response.status).toBe(200);
    expect(server.mock.outbox.messages('member@example.com')).toHaveLength(1);
  });

  it('answers 401 Invalid api_key for another key and mails nothing', async () => {
    const response = await postJson(url, '/auth/forgot-password', {
      email: 'member@example.com',
      api_key: 'af_x',
    });
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe(serverMessages.invalidApiKey);
    expect(server.mock.outbox.messages()).toEqual([]);
  });
});

describe('given POST /auth/reset-password', () => {
  it('sets the new password once, ends the old sessions and refuses the link a second time', async () => {
    const member = server.mock.seeded.member;
    const oldSession = await sessionFor(url, DEV_API_KEY, member);
    const token = await resetTokenFor(member.email);

    const response = await postJson(url, '/auth/reset-password', { token, newPassword: 'NewPass123!' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true });
    expect((await login(url, DEV_API_KEY, { ...member, password: 'NewPass123!' })).status).toBe(200);
    expect((await login(url, DEV_API_KEY, member)).status).toBe(401);
    expect((await getWithQuery(url, '/auth/me', { sessionToken: oldSession })).status).toBe(401);

    const reused = await postJson(url, '/auth/reset-password', { token, newPassword: 'Other123!' });
    expect(reused.status).toBe(401);
    expect((await reused.json()).message).toBe(serverMessages.resetTokenInvalid);
  });

  it('refuses a link older than one hour', async () => {
    const token = await resetTokenFor('member@example.com');
    clock.advance(60 * 60 * 1000);
    const response = await postJson(url, '/auth/reset-password', { token, newPassword: 'NewPass123!' });
    expect(response.status).toBe(401);
  });

  it('answers 400 for a weak password and keeps the link usable', async () => {
    const token = await resetTokenFor('member@example.com');
    const weak = await postJson(url, '/auth/reset-password', { token, newPassword: 'password' });
    expect(weak.status).toBe(400);
    expect((await weak.json()).message).toBe(serverMessages.weakPassword);
    expect((await postJson(url, '/auth/reset-password', { token, newPassword: 'NewPass123!' })).status).toBe(
      200,
    );
  });

  it('answers 401 for a token it never issued', async () => {
    const response = await postJson(url, '/auth/reset-password', {
      token: 'f'.repeat(64),
      newPassword: 'NewPass123!',
    });
    expect(response.status).toBe(401);
  });
});

describe('given GET /auth/changePassword', () => {
  const member = { email: 'member@example.com', password: 'MemberPass123!', role: 'user' };
  const change = (sessionToken: string, overrides: Record<string, string> = {}) =>
    getWithQuery(url, '/auth/changePassword', {
      sessionToken,
      email: member.email,
      oldPassword: member.password,
      newPassword: 'Changed123!',
      ...overrides,
    });

  it('changes the password with 200 and { success: true }; the session stays valid', async () => {
    const token = await sessionFor(url, DEV_API_KEY, member);
    const response = await change(token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true });
    expect((await login(url, DEV_API_KEY, { ...member, password: 'Changed123!' })).status).toBe(200);
    expect(
      (await getWithQuery(url, '/auth/validate', { sessionToken: token, email: member.email })).status,
    ).toBe(200);
  });

  it('answers 401 Incorrect password for a wrong old password and keeps the old one', async () => {
    const token = await sessionFor(url, DEV_API_KEY, member);
    const response = await change(token, { oldPassword: 'Wrong123!' });
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe('Incorrect password');
    expect((await login(url, DEV_API_KEY, member)).status).toBe(200);
  });

  it('answers 400 for a weak new password, 401 for a bad session or another email', async () => {
    const token = await sessionFor(url, DEV_API_KEY, member);
    expect((await change(token, { newPassword: 'weak' })).status).toBe(400);
    expect((await change('bad-token')).status).toBe(401);
    const other = await change(token, { email: 'owner@example.com' });
    expect(other.status).toBe(401);
    expect((await other.json()).message).toBe(serverMessages.identityMismatch);
  });
});
