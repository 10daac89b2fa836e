import { serverMessages, successMessages } from '@authflow-ui/contract';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV_API_KEY, MOCK_ORG_ID } from '../constants.js';
import { type MockServer, startMockServer } from '../start-mock-server.js';
import {
  createTestClock,
  fetchFooBar,
  getWithQuery,
  login,
  postJson,
  sessionFor,
} from '../test-support/raw-http.js';

const clock = createTestClock();
let server: MockServer;
let url: string;

beforeAll(async () => {
  server = await startMockServer({ now: clock.now });
  url = server.url;
});
afterAll(() => server.close());
beforeEach(() => server.mock.reset());

const newUser = {
  email: 'new@example.com',
  password: 'TestPass123!',
  fullname: 'Nia New',
  role: 'detective',
};

async function signUp(user = newUser, foobar?: string): Promise<Response> {
  return getWithQuery(url, '/auth/signUp', {
    foobar: foobar ?? (await fetchFooBar(url, DEV_API_KEY, user.email, user.role)),
    api_key: DEV_API_KEY,
    role: user.role,
    email: user.email,
    password: user.password,
    fullname: user.fullname,
    disclaimed: 'true',
  });
}

describe('given GET /auth/fooBar', () => {
  it('issues an RS512 JWT bound to identity, organization and role that expires after 45 s', async () => {
    const response = await getWithQuery(url, '/auth/fooBar', {
      identity: 'user@example.com',
      api_key: DEV_API_KEY,
      role: 'detective',
    });
    expect(response.status).toBe(200);
    const { token } = await response.json();
    const { key } = await server.mock.publicKey();
    const { payload, protectedHeader } = await jwtVerify(token, key, { currentDate: new Date(clock.now()) });
    expect(protectedHeader).toEqual({ alg: 'RS512', typ: 'JWT' });
    expect(payload).toMatchObject({ identity: 'user@example.com', org_id: MOCK_ORG_ID, role: 'detective' });
    expect(payload.iat).toBe(Math.floor(clock.now() / 1000));
    expect(payload.exp).toBe(Math.floor(clock.now() / 1000) + 45);
  });

  it('encodes the default role user when none is given', async () => {
    const response = await getWithQuery(url, '/auth/fooBar', {
      identity: 'user@example.com',
      api_key: DEV_API_KEY,
    });
    expect(decodeJwt((await response.json()).token).role).toBe('user');
  });

  it('answers 401 Invalid api_key for another key', async () => {
    const response = await getWithQuery(url, '/auth/fooBar', {
      identity: 'user@example.com',
      api_key: 'af_00000000000000000000000000000000',
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      statusCode: 401,
      message: 'Invalid api_key',
      error: 'Unauthorized',
    });
  });

  it('answers 400 naming the missing identity', async () => {
    const response = await getWithQuery(url, '/auth/fooBar', { api_key: DEV_API_KEY });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe('Missing required fields: identity');
  });
});

describe('given GET /auth/signUp', () => {
  it('creates the account, answers a session token and mails a verification link', async () => {
    const response = await signUp();
    expect(response.status).toBe(200);
    const { token } = await response.json();
    expect(decodeJwt(token)).toMatchObject({ email: newUser.email, role: 'detective', fullname: 'Nia New' });
    const [message] = server.mock.outbox.messages(newUser.email);
    expect(message).toMatchObject({ to: newUser.email, kind: 'verify-email' });
    expect(message?.link).toBe(`${url}/auth/verify-email?token=${message?.token}`);
  });

  it('answers 409 for an existing email and role, but accepts the same email with another role', async () => {
    expect((await signUp()).status).toBe(200);
    const duplicate = await signUp();
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).message).toBe(serverMessages.userExists);
    expect((await signUp({ ...newUser, role: 'customer' })).status).toBe(200);
  });

  it('answers 401 Invalid or expired token for a fooBar issued to another email or role', async () => {
    const otherEmail = await fetchFooBar(url, DEV_API_KEY, 'someone@example.com', newUser.role);
    const otherRole = await fetchFooBar(url, DEV_API_KEY, newUser.email, 'customer');
    for (const foobar of [otherEmail, otherRole, 'not-a-jwt']) {
      const response = await signUp(newUser, foobar);
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe('Invalid or expired token');
    }
  });

  it('answers 401 Invalid or expired token for a fooBar older than 45 seconds', async () => {
    const foobar = await fetchFooBar(url, DEV_API_KEY, newUser.email, newUser.role);
    clock.advance(44_000);
    expect((await signUp(newUser, foobar)).status).toBe(200);
    clock.advance(2_000);
    const late = await signUp({ ...newUser, email: 'late@example.com' }, foobar);
    expect(late.status).toBe(401);
  });

  it('answers 400 Password does not meet complexity requirements and creates nothing', async () => {
    const response = await signUp({ ...newUser, password: 'Short1!' });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe(serverMessages.weakPassword);
    expect(server.mock.outbox.messages()).toEqual([]);
  });

  it('accepts a lowercase-only password of nine characters, as the contract regex does', async () => {
    expect((await signUp({ ...newUser, password: 'abcdefgh1!' })).status).toBe(200);
  });

  it('answers 400 naming every missing field', async () => {
    const response = await getWithQuery(url, '/auth/signUp', { email: newUser.email, api_key: DEV_API_KEY });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe(
      'Missing required fields: foobar, password, fullname, role, disclaimed',
    );
  });
});

describe('given GET /auth/login', () => {
  it('answers a session token for the right password, without requiring email verification', async () => {
    expect((await signUp()).status).toBe(200);
    const response = await login(url, DEV_API_KEY, newUser);
    expect(response.status).toBe(200);
    const { token } = await response.json();
    expect(decodeJwt(token)).toMatchObject({ email: newUser.email, org_id: MOCK_ORG_ID, role: 'detective' });
  });

  it('answers 401 Incorrect password for a wrong password', async () => {
    const response = await login(url, DEV_API_KEY, { ...server.mock.seeded.member, password: 'Wrong123!' });
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe('Incorrect password');
  });

  it('answers 404 User not found for an unknown user or the wrong role', async () => {
    for (const account of [
      { email: 'nobody@example.com', password: 'TestPass123!', role: 'user' },
      { ...server.mock.seeded.member, role: 'admin' },
    ]) {
      const response = await login(url, DEV_API_KEY, account);
      expect(response.status).toBe(404);
      expect((await response.json()).message).toBe('User not found');
    }
  });

  it('answers a 2FA challenge with a 64-hex tempToken for the 2FA member', async () => {
    const { mfa } = server.mock.seeded;
    const response = await login(url, DEV_API_KEY, mfa);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toEqual({
      requires2FA: true,
      tempToken: expect.stringMatching(/^[0-9a-f]{64}$/),
      email: mfa.email,
      org_id: MOCK_ORG_ID,
      role: 'user',
    });
    expect(body).not.toHaveProperty('token');
  });

  it('answers 401 Invalid api_key before looking at the account', async () => {
    const foobar = await fetchFooBar(url, DEV_API_KEY, 'nobody@example.com');
    const response = await getWithQuery(url, '/auth/login', {
      foobar,
      email: 'nobody@example.com',
      password: 'x',
      api_key: 'af_ffffffffffffffffffffffffffffffff',
      role: 'user',
    });
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe(serverMessages.invalidApiKey);
  });
});

describe('given a session token from login', () => {
  let token: string;
  beforeEach(async () => {
    token = await sessionFor(url, DEV_API_KEY, server.mock.seeded.member);
  });

  it('is an RS512 JWT with email, org_id, role and fullname, valid for 12 hours', async () => {
    const { key, spki } = await server.mock.publicKey();
    expect(spki).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(decodeProtectedHeader(token).alg).toBe('RS512');
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['RS512'],
      currentDate: new Date(clock.now()),
    });
    expect(payload).toMatchObject({
      email: 'member@example.com',
      org_id: MOCK_ORG_ID,
      role: 'user',
      fullname: 'Max Member',
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(12 * 60 * 60);
  });

  it('validates with 200, and 401 for another email, a forged token or after 12 hours', async () => {
    expect(
      (await getWithQuery(url, '/auth/validate', { sessionToken: token, email: 'member@example.com' }))
        .status,
    ).toBe(200);
    const otherEmail = await getWithQuery(url, '/auth/validate', {
      sessionToken: token,
      email: 'owner@example.com',
    });
    expect(otherEmail.status).toBe(401);
    const [header, payload] = token.split('.');
    const forged = await getWithQuery(url, '/auth/validate', {
      sessionToken: `${header}.${payload}.c2lnbmF0dXJl`,
      email: 'member@example.com',
    });
    expect(forged.status).toBe(401);
    expect((await forged.json()).message).toBe(serverMessages.invalidSession);
    clock.advance(12 * 60 * 60 * 1000);
    const expired = await getWithQuery(url, '/auth/validate', {
      sessionToken: token,
      email: 'member@example.com',
    });
    expect(expired.status).toBe(401);
  });

  it('answers the profile on /auth/me', async () => {
    const response = await getWithQuery(url, '/auth/me', { sessionToken: token });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      email: 'member@example.com',
      fullname: 'Max Member',
      role: 'user',
      org_id: MOCK_ORG_ID,
    });
    expect((await getWithQuery(url, '/auth/me', { sessionToken: 'nope' })).status).toBe(401);
  });

  it('logs out with { success: true } and the token is then refused everywhere', async () => {
    const response = await getWithQuery(url, '/auth/logout', {
      sessionToken: token,
      email: 'member@example.com',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true });
    const me = await getWithQuery(url, '/auth/me', { sessionToken: token });
    expect(me.status).toBe(401);
    expect((await me.json()).message).toBe('Invalid or expired session');
    const again = await getWithQuery(url, '/auth/logout', {
      sessionToken: token,
      email: 'member@example.com',
    });
    expect(again.status).toBe(401);
  });

  it('refuses logout for another email with 401 and keeps the session', async () => {
    const response = await getWithQuery(url, '/auth/logout', {
      sessionToken: token,
      email: 'owner@example.com',
    });
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe(serverMessages.identityMismatch);
    expect((await getWithQuery(url, '/auth/me', { sessionToken: token })).status).toBe(200);
  });
});

describe('given POST /auth/deleteUser', () => {
  const deleteUser = (token: string, body: Record<string, string>) =>
    postJson(url, '/auth/deleteUser', body, { Authorization: `Bearer ${token}` });

  it('lets the owner delete a member, whose sessions and login then fail', async () => {
    const { owner, member } = server.mock.seeded;
    const ownerToken = await sessionFor(url, DEV_API_KEY, owner);
    const memberToken = await sessionFor(url, DEV_API_KEY, member);
    const response = await deleteUser(ownerToken, {
      email_owner: owner.email,
      org_id: MOCK_ORG_ID,
      user_email: member.email,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true, message: successMessages.userDeleted });
    expect((await getWithQuery(url, '/auth/me', { sessionToken: memberToken })).status).toBe(401);
    expect((await login(url, DEV_API_KEY, member)).status).toBe(404);
  });

  it('answers 403 to a member, 403 for the owner itself and 404 for an unknown user', async () => {
    const { owner, member } = server.mock.seeded;
    const memberToken = await sessionFor(url, DEV_API_KEY, member);
    const byMember = await deleteUser(memberToken, {
      email_owner: member.email,
      org_id: MOCK_ORG_ID,
      user_email: 'mfa@example.com',
    });
    expect(byMember.status).toBe(403);
    expect((await byMember.json()).message).toBe(serverMessages.ownerOnly);

    const ownerToken = await sessionFor(url, DEV_API_KEY, owner);
    const self = await deleteUser(ownerToken, {
      email_owner: owner.email,
      org_id: MOCK_ORG_ID,
      user_email: owner.email,
    });
    expect(self.status).toBe(403);
    expect((await self.json()).message).toBe(serverMessages.cannotDeleteOwner);

    const unknown = await deleteUser(ownerToken, {
      email_owner: owner.email,
      org_id: MOCK_ORG_ID,
      user_email: 'ghost@example.com',
    });
    expect(unknown.status).toBe(404);
  });

  it('answers 403 when the body names another owner or organization than the token', async () => {
    const { owner } = server.mock.seeded;
    const ownerToken = await sessionFor(url, DEV_API_KEY, owner);
    for (const body of [
      { email_owner: 'member@example.com', org_id: MOCK_ORG_ID, user_email: 'mfa@example.com' },
      {
        email_owner: owner.email,
        org_id: '00000000-0000-4000-8000-000000000002',
        user_email: 'mfa@example.com',
      },
    ]) {
      const response = await deleteUser(ownerToken, body);
      expect(response.status).toBe(403);
      expect((await response.json()).message).toBe(serverMessages.identityMismatch);
    }
  });

  it('answers 401 for a bad or non-Bearer token and 400 without the Authorization header', async () => {
    const { owner } = server.mock.seeded;
    const body = { email_owner: owner.email, org_id: MOCK_ORG_ID, user_email: 'member@example.com' };
    expect((await deleteUser('forged', body)).status).toBe(401);
    const ownerToken = await sessionFor(url, DEV_API_KEY, owner);
    const basic = await postJson(url, '/auth/deleteUser', body, { Authorization: `Basic ${ownerToken}` });
    expect(basic.status).toBe(401);
    const missing = await postJson(url, '/auth/deleteUser', body);
    expect(missing.status).toBe(400);
    expect((await missing.json()).message).toBe('Missing required fields: Authorization');
  });
});
