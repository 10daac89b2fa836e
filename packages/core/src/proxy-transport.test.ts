import { proxyCsrfHeader, proxyCsrfHeaderValue } from '@authflow-ui/contract';
import { startMockServer } from '@authflow-ui/mocks/node';
import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuthClient } from './auth-client.js';
import { AuthError } from './auth-error.js';
import { createAuthClient } from './create-auth-client.js';
import type { MfaChallenge } from './mfa-challenge.js';
import {
  type BrowserLikeFetch,
  browserLikeFetch,
  devApiKey,
  type MockServer,
  type RunningProxy,
  startProxy,
} from './test-support/start-proxied-mock.js';

const member = { email: 'member@example.com', password: 'MemberPass123!' };
const mfa = { email: 'mfa@example.com', password: 'MfaPass123!', secret: 'JBSWY3DPEHPK3PXP' };

let mock: MockServer;
let proxy: RunningProxy;
let browsers: BrowserLikeFetch[] = [];
const secretsSent: string[] = [];

function totpCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
}

/** A proxy-mode client as a page would create it, with its own cookie jar (or a shared one). */
function pageClient(browser: BrowserLikeFetch = browserLikeFetch(), baseUrl = proxy.baseUrl) {
  browsers.push(browser);
  const client = createAuthClient({ baseUrl, mode: 'proxy', fetch: browser.fetch });
  return { client, browser };
}

/** Remembers a password or code so the check after each test can look for it in URLs. */
function secret<T extends string>(value: T): T {
  secretsSent.push(value);
  return value;
}

async function startMfaSignIn(client: AuthClient): Promise<MfaChallenge> {
  const result = await client.signIn({ email: mfa.email, password: secret(mfa.password) });
  if (result.type !== 'mfa') throw new Error('expected a second-factor challenge');
  return result.challenge;
}

beforeAll(async () => {
  mock = await startMockServer({ apiKey: devApiKey });
  proxy = await startProxy(mock);
});

afterEach(() => {
  for (const request of browsers.flatMap((browser) => browser.requests)) {
    expect(request.url).not.toContain('?');
    for (const value of secretsSent) expect(request.url).not.toContain(encodeURIComponent(value));
  }
  browsers = [];
  secretsSent.length = 0;
});

afterAll(async () => {
  await proxy.close();
  await mock.close();
});

describe('createAuthClient in proxy mode', () => {
  it('given an apiKey, it refuses the configuration', () => {
    const create = () => createAuthClient({ baseUrl: proxy.baseUrl, mode: 'proxy', apiKey: devApiKey });
    expect(create).toThrow(AuthError);
    expect(create).toThrow(/proxy mode/);
  });

  it('given an account without 2FA, when it signs in, the store is signed in without a token', async () => {
    const { client, browser } = pageClient();

    const result = await client.signIn({ email: member.email, password: secret(member.password) });

    expect(result.type).toBe('session');
    const state = client.session.getState();
    expect(state).toMatchObject({ status: 'signedIn', token: null, user: { email: member.email } });
    expect(state.expiresAt).toBeGreaterThan(Date.now());
    expect(browser.cookies.has('authflow')).toBe(true);
    const [request] = browser.requests;
    expect(request?.method).toBe('POST');
    expect(new URL(request?.url ?? '').pathname).toBe('/api/auth/sign-in');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get(proxyCsrfHeader)).toBe(proxyCsrfHeaderValue);
    expect(request?.credentials).toBe('include');
    expect(await request?.json()).toEqual({ email: member.email, password: member.password });
  });

  it('given a wrong password, it rejects with invalid_credentials and stays signed out', async () => {
    const { client } = pageClient();

    const failure = await client
      .signIn({ email: member.email, password: secret('WrongPass123!') })
      .catch((e) => e);

    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: 'invalid_credentials', status: 401 });
    expect(client.session.getState().status).toBe('signedOut');
  });

  it('given a 2FA account, the challenge carries no tempToken, and a TOTP code signs in', async () => {
    const { client } = pageClient();

    const challenge = await startMfaSignIn(client);

    expect(challenge).toMatchObject({
      mode: 'proxy',
      email: mfa.email,
      methods: ['totp', 'email', 'recovery'],
    });
    expect(challenge).not.toHaveProperty('tempToken');
    expect(client.session.getState().status).toBe('signedOut');
    const session = await client.mfa.verifyTotp(challenge, secret(totpCode(mfa.secret)));
    expect(session).toMatchObject({ token: null, user: { email: mfa.email, fullname: 'Mira Mfa' } });
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', token: null });
  });

  it('given a 2FA account, the emailed code signs in', async () => {
    const { client } = pageClient();
    const challenge = await startMfaSignIn(client);

    await client.mfa.sendEmailCode(challenge);
    const code = mock.mock.outbox
      .messages(mfa.email)
      .findLast((message) => message.kind === 'email-otp')?.code;
    expect(code).toMatch(/\S/);

    await client.mfa.verifyEmailCode(challenge, secret(code ?? ''));
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', user: { email: mfa.email } });
  });

  it('given a 2FA account, a recovery code signs in and says how many are left', async () => {
    const { client } = pageClient();
    const challenge = await startMfaSignIn(client);

    const result = await client.mfa.verifyRecoveryCode(challenge, secret('Q3M7X2KD'));

    expect(result.remainingCodes).toBe(9);
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', token: null });
  });

  it('given no pending sign-in in this browser, a code exchange is expired', async () => {
    const { client: first } = pageClient();
    const challenge = await startMfaSignIn(first);
    const { client: other } = pageClient();

    const failure = await other.mfa.verifyTotp(challenge, secret(totpCode(mfa.secret))).catch((e) => e);

    expect(failure).toMatchObject({ code: 'expired', status: 401 });
  });

  it('given a signed-in cookie, a new client loads the session from the proxy on start', async () => {
    const { client, browser } = pageClient();
    await client.signIn({ email: member.email, password: secret(member.password) });
    const { client: reloaded } = pageClient(browser);
    expect(reloaded.session.getState().status).toBe('signedOut');

    const session = await reloaded.loadSession();

    expect(session).toMatchObject({ token: null, user: { email: member.email, fullname: 'Max Member' } });
    expect(reloaded.session.getState()).toMatchObject({ status: 'signedIn', user: { email: member.email } });
    expect(await reloaded.validate()).toBe('valid');
  });

  it('given no cookie, loadSession resolves with null and stays signed out', async () => {
    const { client } = pageClient();

    expect(await client.loadSession()).toBeNull();
    expect(client.session.getState().status).toBe('signedOut');
    expect(await client.validate()).toBe('invalid');
  });

  it('when it signs out, the proxy forgets the session for this browser', async () => {
    const { client, browser } = pageClient();
    await client.signIn({ email: member.email, password: secret(member.password) });

    await client.signOut();

    expect(client.session.getState().status).toBe('signedOut');
    expect(browser.cookies.has('authflow')).toBe(false);
    const { client: reloaded } = pageClient(browser);
    expect(await reloaded.loadSession()).toBeNull();
  });

  it('given a signed-up user, a password change makes the new password the one that signs in', async () => {
    const email = `proxy-${Date.now()}@example.com`;
    const { client } = pageClient();
    await client.signUp({ email, password: secret('FirstPass123!'), fullname: 'Pat Proxy' });
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', token: null, user: { email } });

    await client.changePassword({ oldPassword: 'FirstPass123!', newPassword: secret('SecondPass456!') });
    await client.signOut();

    const { client: later } = pageClient();
    await expect(later.signIn({ email, password: 'FirstPass123!' })).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    await expect(later.signIn({ email, password: 'SecondPass456!' })).resolves.toMatchObject({
      type: 'session',
    });
  });

  it('given the proxy limits sign-ins, the limited answer is rate_limited with retryAfter', async () => {
    const strict = await startProxy(mock, {
      rateLimit: { signIn: { perAccount: { max: 1, windowMs: 60_000 } } },
    });
    try {
      const { client } = pageClient(browserLikeFetch(), strict.baseUrl);
      // Failures count per account and address; a success would have cleared the count.
      await expect(
        client.signIn({ email: member.email, password: secret('Wrong123!') }),
      ).rejects.toMatchObject({
        code: 'invalid_credentials',
      });

      const failure = await client.signIn({ email: member.email, password: member.password }).catch((e) => e);

      expect(failure).toBeInstanceOf(AuthError);
      expect(failure).toMatchObject({ code: 'rate_limited', status: 429 });
      expect(failure.retryAfter).toBeGreaterThan(0);
      expect(failure.retryAfter).toBeLessThanOrEqual(60);
    } finally {
      await strict.close();
    }
  });

  it('given a baseUrl where no proxy answers, it rejects with configuration', async () => {
    const { client } = pageClient(browserLikeFetch(), `${mock.url}/not-the-proxy`);

    const failure = await client
      .signIn({ email: member.email, password: secret(member.password) })
      .catch((e) => e);

    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: 'configuration', status: 404 });
  });

  it('given a proxy challenge, a direct-mode client refuses it without calling AuthFlow', async () => {
    const { client: page } = pageClient();
    const challenge = await startMfaSignIn(page);
    const calls: string[] = [];
    const server = createAuthClient({
      baseUrl: mock.url,
      apiKey: devApiKey,
      fetch: (request) => {
        calls.push(request.url);
        return globalThis.fetch(request);
      },
    });

    await expect(server.mfa.verifyTotp(challenge, totpCode(mfa.secret))).rejects.toMatchObject({
      code: 'configuration',
    });
    expect(calls).toEqual([]);
  });
});
