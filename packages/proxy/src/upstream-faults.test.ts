import type { RouteId } from '@authflow-ui/contract';
import { describe, expect, it } from 'vitest';
import { proxiedMockForEachTest } from './test-support/proxied-mock-for-each-test.js';
import { startProxy } from './test-support/start-proxied-mock.js';

const env = proxiedMockForEachTest();

const member = () => ({
  email: env.mock.mock.seeded.member.email,
  password: env.mock.mock.seeded.member.password,
});

describe('given AuthFlow fails during sign-in', () => {
  it.each([
    ['server-error', 502, 'server'],
    ['bad-gateway-html', 502, 'server'],
    ['malformed-json', 502, 'invalid_response'],
    ['network-error', 502, 'network'],
  ] as const)('%s becomes a clean JSON %i %s', async (name, status, code) => {
    env.mock.mock.setScenario({ name });
    const answer = await env.proxied.browser().post('signIn', member());
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.body).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('a slow answer past the timeout becomes 504 timeout', async () => {
    const impatient = await startProxy(env.mock, { timeoutMs: 200 });
    env.mock.mock.setScenario({ name: 'latency', ms: 1500 });
    const started = Date.now();
    const answer = await impatient.browser().post('signIn', member());
    await impatient.close();
    expect(answer).toMatchObject({ status: 504, body: { error: { code: 'timeout' } } });
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('a fault on me after a good login is reported, and no session is created', async () => {
    env.mock.mock.setScenario({ name: 'server-error', routes: ['me'] satisfies RouteId[] });
    const browser = env.proxied.browser();
    const answer = await browser.post('signIn', member());
    expect(answer.status).toBe(502);
    expect(browser.cookies.size).toBe(0);
  });
});

describe('given the fooBar token expires between fetching and using it', () => {
  it('fetches a fresh one and tries once more, never looping', async () => {
    env.mock.mock.setScenario({ name: 'expired-foobar' });
    const answer = await env.proxied.browser().post('signIn', member());
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ error: { code: 'expired' } });
    expect(env.proxied.upstream.paths).toEqual([
      '/auth/fooBar',
      '/auth/login',
      '/auth/fooBar',
      '/auth/login',
    ]);
  });
});

describe('given a signed-in browser when AuthFlow is unreachable', () => {
  it('reports the fault on the session endpoint instead of saying signed out, and keeps the session', async () => {
    const checksEveryTime = await startProxy(env.mock, { sessionCheckIntervalMs: 0 });
    const browser = checksEveryTime.browser();
    await browser.post('signIn', member());
    env.mock.mock.setScenario({ name: 'network-error' });
    const answer = await browser.post('session');
    expect(answer).toMatchObject({ status: 502, body: { error: { code: 'network' } } });
    expect(browser.cookies.size).toBe(1);
    env.mock.mock.setScenario(null);
    const after = await browser.post('session');
    await checksEveryTime.close();
    expect(after.body).toMatchObject({ status: 'signedIn' });
  });

  it('still signs out here', async () => {
    const browser = env.proxied.browser();
    await browser.post('signIn', member());
    env.mock.mock.setScenario({ name: 'server-error' });
    const answer = await browser.post('signOut');
    expect(answer).toMatchObject({ status: 200, body: { status: 'signedOut' } });
    env.mock.mock.setScenario(null);
    expect((await browser.post('session')).body).toEqual({ status: 'signedOut' });
  });
});

describe('given forgot-password when AuthFlow fails', () => {
  it('reports the service fault, which says nothing about the account', async () => {
    env.mock.mock.setScenario({ name: 'server-error' });
    const answer = await env.proxied.browser().post('forgotPassword', { email: 'anyone@example.com' });
    expect(answer).toMatchObject({ status: 502, body: { error: { code: 'server' } } });
  });
});

describe('given a request body over the cap sent to the real server', () => {
  it('answers 413 and closes the connection', async () => {
    const response = await fetch(`${env.proxied.proxy.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: {
        origin: 'https://app.example.test',
        'x-authflow-ui': '1',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(100_000) }),
    });
    expect(response.status).toBe(413);
    expect(env.proxied.upstream.paths).toEqual([]);
  });
});
