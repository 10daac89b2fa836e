import { importJWK, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_API_KEY, MOCK_ORG_ID } from './constants.js';
import { createMockAuthFlow } from './create-mock-auth-flow.js';
import { type MockServer, startMockServer } from './start-mock-server.js';
import { fetchFooBar, getWithQuery, login, postJson, sessionFor } from './test-support/raw-http.js';

const member = { email: 'member@example.com', password: 'MemberPass123!', role: 'user' };

describe('given two mock servers', () => {
  let first: MockServer;
  let second: MockServer;
  beforeAll(async () => {
    [first, second] = await Promise.all([startMockServer(), startMockServer()]);
  });
  afterAll(() => Promise.all([first.close(), second.close()]));

  it('shares no accounts, outbox, scenario or signing key between them', async () => {
    const foobar = await fetchFooBar(first.url, DEV_API_KEY, 'solo@example.com');
    const signUp = await getWithQuery(first.url, '/auth/signUp', {
      foobar,
      email: 'solo@example.com',
      password: 'TestPass123!',
      fullname: 'Solo',
      role: 'user',
      api_key: DEV_API_KEY,
      disclaimed: 'true',
    });
    expect(signUp.status).toBe(200);
    const { token } = await signUp.json();

    expect(first.mock.outbox.messages('solo@example.com')).toHaveLength(1);
    expect(second.mock.outbox.messages()).toEqual([]);
    const account = { email: 'solo@example.com', password: 'TestPass123!', role: 'user' };
    expect((await login(second.url, DEV_API_KEY, account)).status).toBe(404);
    expect((await getWithQuery(second.url, '/auth/me', { sessionToken: token })).status).toBe(401);

    first.mock.setScenario({ name: 'server-error' });
    expect((await login(second.url, DEV_API_KEY, member)).status).toBe(200);
    first.mock.setScenario(null);
  });
});

describe('given reset()', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer();
  });
  afterAll(() => server.close());

  it('brings back deleted seeded accounts and passwords and ends every session', async () => {
    const { owner } = server.mock.seeded;
    const ownerToken = await sessionFor(server.url, DEV_API_KEY, owner);
    await postJson(
      server.url,
      '/auth/deleteUser',
      { email_owner: owner.email, org_id: MOCK_ORG_ID, user_email: member.email },
      { Authorization: `Bearer ${ownerToken}` },
    );
    await postJson(server.url, '/auth/forgot-password', { email: owner.email, api_key: DEV_API_KEY });
    expect((await login(server.url, DEV_API_KEY, member)).status).toBe(404);

    server.mock.reset();
    expect((await login(server.url, DEV_API_KEY, member)).status).toBe(200);
    expect(server.mock.outbox.messages()).toEqual([]);
    expect((await getWithQuery(server.url, '/auth/me', { sessionToken: ownerToken })).status).toBe(401);
  });
});

describe('given createMockAuthFlow options', () => {
  it('seed: false starts with no accounts at all', async () => {
    const server = await startMockServer({ seed: false });
    try {
      for (const account of [server.mock.seeded.owner, member, server.mock.seeded.mfa]) {
        expect((await login(server.url, DEV_API_KEY, account)).status).toBe(404);
      }
    } finally {
      await server.close();
    }
  });

  it('apiKey replaces the development key', async () => {
    const apiKey = 'af_0123456789abcdef0123456789abcdef';
    const server = await startMockServer({ apiKey });
    try {
      expect(server.mock.apiKey).toBe(apiKey);
      expect((await login(server.url, apiKey, member)).status).toBe(200);
      const rejected = await getWithQuery(server.url, '/auth/fooBar', {
        identity: member.email,
        api_key: DEV_API_KEY,
      });
      expect(rejected.status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('defaults baseUrl to http://localhost:4010 and trims a trailing slash', () => {
    expect(createMockAuthFlow().baseUrl).toBe('http://localhost:4010');
    expect(createMockAuthFlow({ baseUrl: '/authflow/' }).baseUrl).toBe('/authflow');
  });

  it('publishes the seeded accounts of common use, with the TOTP secret and ten recovery codes', () => {
    const { seeded } = createMockAuthFlow();
    expect(seeded.orgId).toBe('00000000-0000-4000-8000-000000000001');
    expect(seeded.owner).toEqual({
      email: 'owner@example.com',
      password: 'OwnerPass123!',
      fullname: 'Olivia Owner',
      role: 'user',
    });
    expect(seeded.member.email).toBe('member@example.com');
    expect(seeded.mfa.totpSecret).toBe('JBSWY3DPEHPK3PXP');
    expect(seeded.mfa.recoveryCodes).toHaveLength(10);
    for (const code of seeded.mfa.recoveryCodes) expect(code).toMatch(/^[A-Z0-9]{8}$/);
  });

  it('publicKey() exports a JWK and SPKI that verify the instance tokens', async () => {
    const server = await startMockServer();
    try {
      const token = await sessionFor(server.url, DEV_API_KEY, member);
      const { jwk } = await server.mock.publicKey();
      expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RS512' });
      const { payload } = await jwtVerify(token, await importJWK(jwk, 'RS512'));
      expect(payload.email).toBe(member.email);
    } finally {
      await server.close();
    }
  });
});

describe('given the outbox', () => {
  it('lists every message oldest first, filters by recipient, and hands out copies', async () => {
    const server = await startMockServer();
    try {
      for (const email of ['member@example.com', 'owner@example.com', 'member@example.com']) {
        await postJson(server.url, '/auth/forgot-password', { email, api_key: DEV_API_KEY });
      }
      expect(server.mock.outbox.messages().map((message) => message.to)).toEqual([
        'member@example.com',
        'owner@example.com',
        'member@example.com',
      ]);
      const [first] = server.mock.outbox.messages('member@example.com');
      expect(server.mock.outbox.messages('member@example.com')).toHaveLength(2);
      if (first !== undefined) first.to = 'tampered@example.com';
      expect(server.mock.outbox.messages('member@example.com')).toHaveLength(2);
    } finally {
      await server.close();
    }
  });
});
