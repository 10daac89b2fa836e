import { describe, expect, it } from 'vitest';
import { AuthProxyError } from './auth-proxy-error.js';
import { proxiedMockForEachTest } from './test-support/proxied-mock-for-each-test.js';
import type { TestBrowser } from './test-support/test-browser.js';

// Every check asks AuthFlow here; session-check-window.test.ts covers the window.
const env = proxiedMockForEachTest({ sessionCheckIntervalMs: 0 });

const member = () => env.mock.mock.seeded.member;

async function signedInBrowser(): Promise<TestBrowser> {
  const browser = env.proxied.browser();
  const answer = await browser.post('signIn', { email: member().email, password: member().password });
  expect(answer.status).toBe(200);
  return browser;
}

/** The `Cookie` header the browser would send with its next page request. */
const cookieHeaderOf = (browser: TestBrowser) =>
  [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

/** Like Next.js's `headers()`: a `Headers` carrying a `headers` field of its own. */
class HeadersWithAField extends Headers {
  readonly headers = {};
}

/** A page request as a server sees it: a GET with no Origin and no kit header, only the cookie. */
const pageRequest = (cookie: string | null) =>
  new Request('http://app.example.test/account', cookie === null ? {} : { headers: { cookie } });

describe('given a request without a session cookie', () => {
  it('is signed out without a call to AuthFlow', async () => {
    expect(await env.proxied.auth.getSession(pageRequest(null))).toEqual({ status: 'signedOut' });
    expect(await env.proxied.auth.getSession(undefined)).toEqual({ status: 'signedOut' });
    expect(await env.proxied.auth.getSession('theme=dark; other=1')).toEqual({ status: 'signedOut' });
    expect(env.proxied.upstream.paths).toEqual([]);
  });

  it('is signed out for a cookie that names no record, such as a guessed one', async () => {
    const guessed = `__Host-authflow=${'a'.repeat(43)}`;
    expect(await env.proxied.auth.getSession(guessed)).toEqual({ status: 'signedOut' });
  });
});

describe('given a browser that signed in through the proxy', () => {
  it('answers what the session endpoint answers, from the Request, its headers or the Cookie value', async () => {
    const browser = await signedInBrowser();
    const cookie = cookieHeaderOf(browser);
    const fromEndpoint = (await browser.post('session')).body;

    const fromRequest = await env.proxied.auth.getSession(pageRequest(cookie));
    const fromHeaders = await env.proxied.auth.getSession(new Headers({ cookie }));
    const fromString = await env.proxied.auth.getSession(cookie);

    expect(fromRequest).toEqual({
      status: 'signedIn',
      user: {
        email: member().email,
        fullname: member().fullname,
        role: 'user',
        orgId: env.mock.mock.seeded.orgId,
      },
      expiresAt: expect.any(Number),
      twoFactor: 'disabled',
    });
    expect(fromHeaders).toEqual(fromEndpoint);
    expect(await env.proxied.auth.getSession(new HeadersWithAField({ cookie }))).toEqual(fromEndpoint);
    expect(fromString).toEqual(fromEndpoint);
  });

  it('confirms the session with AuthFlow each time, without the token ever leaving the proxy', async () => {
    const browser = await signedInBrowser();
    env.proxied.upstream.calls.length = 0;
    const session = await env.proxied.auth.getSession(cookieHeaderOf(browser));
    expect(env.proxied.upstream.paths).toEqual(['/auth/me']);
    expect(JSON.stringify(session)).not.toMatch(/eyJ/);
  });

  it('is signed out once the browser signed out', async () => {
    const browser = await signedInBrowser();
    const cookie = cookieHeaderOf(browser);
    await browser.post('signOut');
    expect(await env.proxied.auth.getSession(cookie)).toEqual({ status: 'signedOut' });
  });

  it('is ignored by another proxy configured with another cookie name', async () => {
    const browser = await signedInBrowser();
    const renamed = cookieHeaderOf(browser).replace('__Host-authflow=', '__Host-other=');
    expect(await env.proxied.auth.getSession(renamed)).toEqual({ status: 'signedOut' });
  });
});

describe('given a session AuthFlow no longer accepts', () => {
  it('is signed out, and the record is gone for the browser too', async () => {
    const browser = await signedInBrowser();
    env.mock.mock.setScenario({ name: 'expired-session' });
    expect(await env.proxied.auth.getSession(cookieHeaderOf(browser))).toEqual({ status: 'signedOut' });
    env.mock.mock.setScenario(null);
    expect((await browser.post('session')).body).toEqual({ status: 'signedOut' });
  });
});

describe('when AuthFlow cannot answer', () => {
  it.each([
    ['server-error', 'server'],
    ['bad-gateway-html', 'server'],
    ['malformed-json', 'invalid_response'],
    ['network-error', 'network'],
  ] as const)(
    'a %s throws AuthProxyError %s, never "signed out", and keeps the session',
    async (name, code) => {
      const browser = await signedInBrowser();
      const cookie = cookieHeaderOf(browser);
      env.mock.mock.setScenario({ name, routes: ['me'] });
      const failure = await env.proxied.auth.getSession(cookie).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AuthProxyError);
      expect(failure).toMatchObject({ code, name: 'AuthProxyError' });
      env.mock.mock.setScenario(null);
      expect(await env.proxied.auth.getSession(cookie)).toMatchObject({ status: 'signedIn' });
    },
  );
});
