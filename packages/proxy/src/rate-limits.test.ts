import {
  defaultProxyBasePath,
  proxyCsrfHeader,
  proxyCsrfHeaderValue,
  proxyEndpoints,
} from '@authflow-ui/contract';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appOrigin } from './test-support/browser-request.js';
import {
  type MockServer,
  type ProxiedMock,
  startMock,
  startProxy,
} from './test-support/start-proxied-mock.js';

let mock: MockServer;
const running: ProxiedMock[] = [];

beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.mock.reset();
});
afterEach(async () => {
  for (const proxied of running.splice(0)) await proxied.close();
});

async function proxyWith(options: Parameters<typeof startProxy>[1]) {
  const proxied = await startProxy(mock, options);
  running.push(proxied);
  return proxied;
}

describe('given sign-in limited to 3 attempts per account', () => {
  it('answers the 4th attempt with 429 and Retry-After, without calling AuthFlow', async () => {
    const frozen = Date.now();
    const proxied = await proxyWith({
      now: () => frozen,
      rateLimit: { signIn: { perAccount: { max: 3, windowMs: 60_000 } } },
    });
    const email = mock.mock.seeded.member.email;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await proxied.browser().post('signIn', { email, password: 'Wrong123!' })).status).toBe(401);
    }
    const before = proxied.upstream.calls.length;
    const limited = await proxied
      .browser()
      .post('signIn', { email: ` ${email.toUpperCase()} `, password: 'Wrong123!' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.body).toMatchObject({ error: { code: 'rate_limited', retryAfter: 60 } });
    expect(proxied.upstream.calls.length).toBe(before);
  });
});

describe('given sign-in limited to 2 attempts per client', () => {
  it('stops one client trying many accounts', async () => {
    const proxied = await proxyWith({ rateLimit: { signIn: { perClient: { max: 2, windowMs: 60_000 } } } });
    await proxied.browser().post('signIn', { email: 'a@example.com', password: 'Wrong123!' });
    await proxied.browser().post('signIn', { email: 'b@example.com', password: 'Wrong123!' });
    const limited = await proxied.browser().post('signIn', { email: 'c@example.com', password: 'Wrong123!' });
    expect(limited.status).toBe(429);
  });
});

describe('given codes limited to 2 attempts per account', () => {
  it('stops guessing second-factor codes for one pending sign-in', async () => {
    const proxied = await proxyWith({ rateLimit: { codes: { perAccount: { max: 2, windowMs: 60_000 } } } });
    const browser = proxied.browser();
    await browser.post('signIn', {
      email: mock.mock.seeded.mfa.email,
      password: mock.mock.seeded.mfa.password,
    });
    expect((await browser.post('verifyRecoveryCode', { code: 'AAAAAAAA' })).status).toBe(401);
    expect((await browser.post('verifyEmailCode', { code: '000000' })).status).toBe(401);
    const limited = await browser.post('verifyTotp', { code: '000000' });
    expect(limited).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
  });
});

describe('given emails limited to 1 per account', () => {
  it('stops a second reset email for the same address, whoever asks', async () => {
    const proxied = await proxyWith({
      rateLimit: { emails: { perAccount: { max: 1, windowMs: 3_600_000 } } },
    });
    const email = mock.mock.seeded.member.email;
    expect((await proxied.browser().post('forgotPassword', { email })).status).toBe(200);
    const limited = await proxied.browser().post('forgotPassword', { email });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3600');
    expect(mock.mock.outbox.messages(email)).toHaveLength(1);
  });
});

describe('given AuthFlow itself rate-limits', () => {
  it('passes on its 429 and Retry-After', async () => {
    const proxied = await proxyWith({});
    mock.mock.setScenario({ name: 'rate-limited', retryAfter: 42 });
    const answer = await proxied
      .browser()
      .post('signIn', { email: mock.mock.seeded.member.email, password: mock.mock.seeded.member.password });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('42');
    expect(answer.body).toMatchObject({ error: { code: 'rate_limited', retryAfter: 42 } });
  });
});

describe('given a clientAddress option that reads the address a reverse proxy forwards', () => {
  it('counts the per-client limit by that address, not by the socket’s', async () => {
    const proxied = await proxyWith({
      clientAddress: (request) => request.headers.get('x-forwarded-for') ?? undefined,
      rateLimit: { signIn: { perClient: { max: 1, windowMs: 60_000 } } },
    });
    const signInFrom = async (forwardedFor: string) => {
      const response = await fetch(
        `${proxied.proxy.url}${defaultProxyBasePath}${proxyEndpoints.signIn.path}`,
        {
          method: 'POST',
          headers: {
            origin: appOrigin,
            [proxyCsrfHeader]: proxyCsrfHeaderValue,
            'content-type': 'application/json',
            'x-forwarded-for': forwardedFor,
          },
          body: JSON.stringify({ email: 'a@example.com', password: 'Wrong123!' }),
        },
      );
      return response.status;
    };
    expect(await signInFrom('203.0.113.7')).toBe(401);
    expect(await signInFrom('203.0.113.7')).toBe(429);
    expect(await signInFrom('198.51.100.9')).toBe(401);
  });
});
