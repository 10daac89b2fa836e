import { describe, expect, it } from 'vitest';
import { proxiedMockForEachTest } from './test-support/proxied-mock-for-each-test.js';
import { startProxy } from './test-support/start-proxied-mock.js';

const env = proxiedMockForEachTest();

const attributes = (setCookie: string) =>
  setCookie
    .split(';')
    .slice(1)
    .map((part) => part.trim());

describe('when a browser signs in', () => {
  it('gets one __Host- cookie: an opaque id, HttpOnly, Secure, SameSite=Strict, Path=/, no Domain', async () => {
    const browser = env.proxied.browser();
    await browser.post('signIn', {
      email: env.mock.mock.seeded.member.email,
      password: env.mock.mock.seeded.member.password,
    });
    expect(browser.setCookies).toHaveLength(1);
    const [setCookie = ''] = browser.setCookies;
    expect(setCookie).toMatch(/^__Host-authflow=[A-Za-z0-9_-]{43};/);
    expect(attributes(setCookie)).toEqual([
      expect.stringMatching(/^Max-Age=\d+$/),
      'Path=/',
      'HttpOnly',
      'Secure',
      'SameSite=Strict',
    ]);
    const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie)?.[1]);
    expect(maxAge).toBeGreaterThan(11 * 3600);
    expect(maxAge).toBeLessThanOrEqual(12 * 3600);
  });

  it('gets a new id at every change of sign-in state, so a planted id is worthless', async () => {
    const browser = env.proxied.browser();
    await browser.post('signIn', {
      email: env.mock.mock.seeded.mfa.email,
      password: env.mock.mock.seeded.mfa.password,
    });
    const pendingId = browser.cookies.get('__Host-authflow');
    await browser.post('signIn', {
      email: env.mock.mock.seeded.member.email,
      password: env.mock.mock.seeded.member.password,
    });
    const signedInId = browser.cookies.get('__Host-authflow');
    expect(pendingId).toBeDefined();
    expect(signedInId).toBeDefined();
    expect(signedInId).not.toBe(pendingId);

    const planted = browser.stranger();
    planted.cookies.set('__Host-authflow', pendingId ?? '');
    expect((await planted.post('session')).body).toEqual({ status: 'signedOut' });
  });

  it('never sees the session token, the tempToken, the fooBar token or the key in any answer', async () => {
    const browser = env.proxied.browser();
    await browser.post('signIn', {
      email: env.mock.mock.seeded.mfa.email,
      password: env.mock.mock.seeded.mfa.password,
    });
    await browser.post('sendEmailCode');
    await browser.post('signIn', {
      email: env.mock.mock.seeded.member.email,
      password: env.mock.mock.seeded.member.password,
    });
    await browser.post('session');
    const secrets = env.proxied.upstream.calls.flatMap((call) => {
      const query = new URL(call.url).searchParams;
      const body = call.body === null ? {} : (JSON.parse(call.body) as Record<string, string>);
      return [query.get('sessionToken'), query.get('foobar'), query.get('api_key'), body.tempToken].filter(
        (value): value is string => typeof value === 'string' && value.length > 0,
      );
    });
    expect(secrets.length).toBeGreaterThanOrEqual(4);
    const everything = [...browser.texts, ...browser.setCookies].join('\n');
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });
});

describe('given a proxy configured for plain-http development', () => {
  it('sends a cookie without Secure under a name without the __Host- prefix', async () => {
    const insecure = await startProxy(env.mock, { cookie: { secure: false } });
    const browser = insecure.browser();
    await browser.post('signIn', {
      email: env.mock.mock.seeded.member.email,
      password: env.mock.mock.seeded.member.password,
    });
    const [setCookie = ''] = browser.setCookies;
    expect(setCookie).toMatch(/^authflow=[A-Za-z0-9_-]{43};/);
    expect(attributes(setCookie)).not.toContain('Secure');
    expect(attributes(setCookie)).toContain('HttpOnly');
    expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
    await insecure.close();
  });
});
