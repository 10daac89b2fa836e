import { serverMessages } from '@authflow-ui/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV_API_KEY } from '../constants.js';
import { type MockServer, startMockServer } from '../start-mock-server.js';
import { createTestClock, fetchFooBar, getWithQuery } from '../test-support/raw-http.js';

const clock = createTestClock();
let server: MockServer;
let url: string;

beforeAll(async () => {
  server = await startMockServer({ now: clock.now });
  url = server.url;
});
afterAll(() => server.close());
beforeEach(() => server.mock.reset());

const user = { email: 'verify@example.com', role: 'user' };

async function signUp(): Promise<string> {
  const response = await getWithQuery(url, '/auth/signUp', {
    foobar: await fetchFooBar(url, DEV_API_KEY, user.email),
    api_key: DEV_API_KEY,
    role: user.role,
    email: user.email,
    password: 'TestPass123!',
    fullname: 'Vera Verify',
    disclaimed: 'true',
  });
  expect(response.status).toBe(200);
  const token = server.mock.outbox.messages(user.email).at(-1)?.token;
  if (token === undefined) throw new Error('no verification email');
  return token;
}

const resend = async (email: string, foobar?: string) =>
  getWithQuery(url, '/auth/resend-verify-email', {
    foobar: foobar ?? (await fetchFooBar(url, DEV_API_KEY, email)),
    email,
    api_key: DEV_API_KEY,
    role: 'user',
  });

describe('given GET /auth/verify-email', () => {
  it('answers a 200 HTML page for the emailed link, once', async () => {
    const token = await signUp();
    const link = server.mock.outbox.messages(user.email)[0]?.link ?? '';
    const response = await fetch(link);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('Email verified');

    const again = await getWithQuery(url, '/auth/verify-email', { token });
    expect(again.status).toBe(401);
    expect(again.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await again.text()).toContain(serverMessages.verificationTokenInvalid);
  });

  it('answers 401 HTML for a link older than 24 hours', async () => {
    const token = await signUp();
    clock.advance(24 * 60 * 60 * 1000);
    const response = await getWithQuery(url, '/auth/verify-email', { token });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers 400 without a token', async () => {
    const response = await getWithQuery(url, '/auth/verify-email', {});
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Missing required fields: token');
  });
});

describe('given GET /auth/resend-verify-email', () => {
  it('mails a new link to an unverified account and answers { statusCode: 200, message }', async () => {
    await signUp();
    const response = await resend(user.email);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ statusCode: 200, message: 'Verification email sent.' });
    const messages = server.mock.outbox.messages(user.email);
    expect(messages.map((message) => message.kind)).toEqual(['verify-email', 'verify-email']);
    expect(messages[1]?.token).not.toBe(messages[0]?.token);
  });

  it('answers the same for a verified or unknown account but mails nothing', async () => {
    for (const email of ['member@example.com', 'nobody@example.com']) {
      const response = await resend(email);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ statusCode: 200, message: 'Verification email sent.' });
    }
    expect(server.mock.outbox.messages()).toEqual([]);
  });

  it('answers 401 Invalid or expired token for a stale or foreign fooBar', async () => {
    await signUp();
    const foreign = await resend(user.email, await fetchFooBar(url, DEV_API_KEY, 'other@example.com'));
    expect(foreign.status).toBe(401);
    expect((await foreign.json()).message).toBe('Invalid or expired token');
    const stale = await fetchFooBar(url, DEV_API_KEY, user.email);
    clock.advance(46_000);
    expect((await resend(user.email, stale)).status).toBe(401);
    expect(server.mock.outbox.messages(user.email)).toHaveLength(1);
  });
});
