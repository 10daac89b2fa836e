import { isRecord, type PasskeyCreationOptions, type PasskeyRequestOptions } from '@authflow-ui/contract';
import { createSoftwareAuthenticator, type SoftwareAuthenticator } from '@authflow-ui/mocks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthProxyOptions } from './auth-proxy-options.js';
import { chromeOnMac, firefoxOnLinux } from './test-support/account-security-environment.js';
import { appOrigin } from './test-support/browser-request.js';
import {
  devApiKey,
  type MockServer,
  type ProxiedMock,
  startMock,
  startProxy,
} from './test-support/start-proxied-mock.js';
import { storeKinds } from './test-support/store-kinds.js';
import { type BrowserAnswer, TestBrowser } from './test-support/test-browser.js';

// Passkeys behind the proxy: the real mock with @simplewebauthn/server on one side, a software
// authenticator signing real WebAuthn responses on the other, on the memory and Redis stores.

vi.setConfig({ testTimeout: 20_000 });

const passkeySettings = { rpName: 'Proxy test', rpId: new URL(appOrigin).hostname, origins: [appOrigin] };
const kinds = storeKinds();
let withPasskeys: MockServer;
let plain: MockServer;
const running: ProxiedMock[] = [];

beforeAll(async () => {
  [withPasskeys, plain] = await Promise.all([startMock({ passkeys: passkeySettings }), startMock()]);
});
afterAll(async () => {
  await Promise.all([withPasskeys.close(), plain.close()]);
});
afterEach(async () => {
  for (const proxied of running.splice(0)) await proxied.close();
  withPasskeys.mock.reset();
  plain.mock.reset();
});

function bodyOf<T>(answer: BrowserAnswer, guard: (value: unknown) => value is T): T {
  if (!guard(answer.body)) throw new Error(`unexpected answer ${answer.status}: ${answer.text}`);
  return answer.body;
}

const isCreationOptions = (value: unknown): value is PasskeyCreationOptions =>
  isRecord(value) && typeof value.challenge === 'string' && isRecord(value.user);
const isRequestOptions = (value: unknown): value is PasskeyRequestOptions =>
  isRecord(value) && typeof value.challenge === 'string';
const isPasskeyAnswer = (value: unknown): value is { passkey: { id: string; name: string } } =>
  isRecord(value) && isRecord(value.passkey);

async function signIn(browser: TestBrowser, account: { email: string; password: string }) {
  const answer = await browser.post('signIn', { email: account.email, password: account.password });
  expect(answer.status).toBe(200);
  return answer;
}

async function addPasskey(browser: TestBrowser, device: SoftwareAuthenticator, name = 'Laptop') {
  const options = bodyOf(await browser.post('passkeyRegistrationOptions'), isCreationOptions);
  const answer = await browser.post('verifyPasskeyRegistration', {
    response: await device.register(options),
    name,
  });
  return bodyOf(answer, isPasskeyAnswer).passkey;
}

/** Asks for options as the sign-in page does, and has the authenticator sign the challenge. */
async function signedAssertion(browser: TestBrowser, device: SoftwareAuthenticator, email?: string) {
  const options = await browser.post('passkeySignInOptions', email === undefined ? {} : { email });
  return device.authenticate(bodyOf(options, isRequestOptions));
}

/** Creation options no backend issued: the credential they make is one AuthFlow never saw. */
const foreignCreationOptions: PasskeyCreationOptions = {
  rp: { id: passkeySettings.rpId, name: passkeySettings.rpName },
  user: { id: 'c3RyYW5nZXI', name: 'stranger', displayName: 'Stranger' },
  challenge: 'Y2hhbGxlbmdl',
  pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
};

const passkeyRouteCalls = (proxied: ProxiedMock) =>
  proxied.upstream.paths.filter((path) => path.startsWith('/auth/passkeys/'));

describe.each(kinds)('given the proxy on the $name store', (kind) => {
  let offset = 0;
  beforeEach(() => {
    offset = 0;
  });

  async function proxyFor(mock: MockServer, options: Partial<AuthProxyOptions> = {}) {
    const proxied = await startProxy(mock, {
      store: kind.create(),
      now: () => Date.now() + offset,
      ...options,
    });
    running.push(proxied);
    return proxied;
  }

  const browserOn = (proxied: ProxiedMock, userAgent = chromeOnMac) =>
    new TestBrowser(proxied.proxy.url, appOrigin, userAgent);

  describe('when AuthFlow advertises the passkeys group', () => {
    it('says so at /capabilities, reading the discovery document once per five minutes', async () => {
      const proxied = await proxyFor(withPasskeys);
      const browser = browserOn(proxied);
      const answers = await Promise.all([browser.post('capabilities'), browser.post('capabilities')]);
      for (const answer of answers) expect(answer.body).toEqual({ sessions: true, passkeys: true });
      expect((await browser.post('capabilities')).body).toEqual({ sessions: true, passkeys: true });
      expect(proxied.upstream.paths).toEqual(['/']);
      offset += 5 * 60_000 + 1;
      await browser.post('capabilities');
      expect(proxied.upstream.paths).toEqual(['/', '/']);
    });

    it('adds, lists and renames a passkey, then signs in with it after sign-out', async () => {
      const { member } = withPasskeys.mock.seeded;
      const proxied = await proxyFor(withPasskeys);
      const browser = browserOn(proxied);
      const device = createSoftwareAuthenticator({ origin: appOrigin });
      await signIn(browser, member);

      const added = await addPasskey(browser, device, 'Laptop');
      expect(added.name).toBe('Laptop');
      expect((await browser.post('listPasskeys')).body).toMatchObject({
        passkeys: [{ id: added.id, name: 'Laptop', lastUsedAt: null }],
      });
      const renamed = await browser.post('renamePasskey', { id: added.id, name: 'Work laptop' });
      expect(renamed.body).toMatchObject({ passkey: { id: added.id, name: 'Work laptop' } });
      expect((await browser.post('signOut')).status).toBe(200);
      expect(browser.cookies.size).toBe(0);

      const assertion = await signedAssertion(browser, device);
      const pendingCookie = [...browser.cookies.values()][0];
      expect(pendingCookie).toBeDefined();
      const signedIn = await browser.post('verifyPasskeySignIn', { response: assertion });
      expect(signedIn.status).toBe(200);
      expect(signedIn.body).toMatchObject({
        status: 'signedIn',
        user: { email: member.email },
        twoFactor: 'disabled',
      });
      // Every change of sign-in state gets a new cookie id.
      expect([...browser.cookies.values()]).not.toContain(pendingCookie);
      expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
      expect((await browser.post('listPasskeys')).body).toMatchObject({
        passkeys: [{ id: added.id, name: 'Work laptop', lastUsedAt: expect.any(String) }],
      });
    });

    it('gives a passkey sign-in the same session as a password sign-in: cookie, record and device entry', async () => {
      const { member } = withPasskeys.mock.seeded;
      const proxied = await proxyFor(withPasskeys);
      const owner = browserOn(proxied);
      const device = createSoftwareAuthenticator({ origin: appOrigin });
      await signIn(owner, member);
      await addPasskey(owner, device);

      const byPassword = browserOn(proxied, firefoxOnLinux);
      const passwordAnswer = await signIn(byPassword, member);
      const byPasskey = browserOn(proxied, firefoxOnLinux);
      const passkeyAnswer = await byPasskey.post('verifyPasskeySignIn', {
        response: await signedAssertion(byPasskey, device, member.email),
      });
      expect(passkeyAnswer.status).toBe(200);

      const attributes = (answer: BrowserAnswer) =>
        answer.headers
          .getSetCookie()
          .map((cookie) => cookie.split(';').slice(2).join(';'))
          .at(-1);
      expect(attributes(passkeyAnswer)).toBe(attributes(passwordAnswer));
      const cookieName = (browser: TestBrowser) => [...browser.cookies.keys()];
      expect(cookieName(byPasskey)).toEqual(cookieName(byPassword));
      const passwordSession = isRecord(passwordAnswer.body) ? passwordAnswer.body.session : null;
      expect(passkeyAnswer.body).toEqual({
        ...(isRecord(passwordSession) ? passwordSession : {}),
        expiresAt: expect.any(Number),
      });

      const sessions = await byPasskey.post('sessions');
      const list =
        isRecord(sessions.body) && Array.isArray(sessions.body.sessions) ? sessions.body.sessions : [];
      expect(list).toHaveLength(3);
      expect(list[0]).toMatchObject({ current: true, browser: 'Firefox', os: 'Linux' });
      expect(list).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ current: false, browser: 'Firefox', os: 'Linux' }),
          expect.objectContaining({ current: false, browser: 'Chrome', os: 'macOS' }),
        ]),
      );
      const session = await proxied.auth.getSession(
        [...byPasskey.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
      );
      expect(session).toMatchObject({ status: 'signedIn', user: { email: member.email } });
    });

    it('records two-factor sign-in as on after a passkey sign-in of an account that has it', async () => {
      const { mfa } = withPasskeys.mock.seeded;
      const proxied = await proxyFor(withPasskeys);
      const browser = browserOn(proxied);
      const device = createSoftwareAuthenticator({ origin: appOrigin });
      expect((await signIn(browser, mfa)).body).toMatchObject({ type: 'mfa' });
      expect((await browser.post('verifyRecoveryCode', { code: mfa.recoveryCodes[0] })).status).toBe(200);
      await addPasskey(browser, device);
      await browser.post('signOut');

      const answer = await browser.post('verifyPasskeySignIn', {
        response: await signedAssertion(browser, device),
      });
      expect(answer.body).toMatchObject({
        status: 'signedIn',
        user: { email: mfa.email },
        twoFactor: 'enabled',
      });
      expect((await browser.post('session')).body).toMatchObject({ twoFactor: 'enabled' });
    });

    it('calls AuthFlow with its own key and role, and forwards the credential object', async () => {
      const { member } = withPasskeys.mock.seeded;
      const proxied = await proxyFor(withPasskeys);
      const browser = browserOn(proxied);
      const device = createSoftwareAuthenticator({ origin: appOrigin });
      await signIn(browser, member);
      await addPasskey(browser, device);
      await browser.post('signOut');
      expect((await browser.post('passkeySignInOptions', { role: 'admin' })).status).toBe(400);

      const assertion = await signedAssertion(browser, device, ` ${member.email} `);
      await browser.post('verifyPasskeySignIn', { response: assertion });
      const body = (path: string) =>
        JSON.parse(proxied.upstream.calls.find((call) => call.path === path)?.body ?? 'null');
      expect(body('/auth/passkeys/login/options')).toEqual({
        api_key: devApiKey,
        role: 'user',
        email: member.email,
      });
      expect(body('/auth/passkeys/login/verify')).toEqual({
        api_key: devApiKey,
        role: 'user',
        response: assertion,
      });
      for (const text of browser.texts) expect(text).not.toContain(devApiKey);
    });

    it('keeps a signed-in session when the page asks for sign-in options', async () => {
      const { member } = withPasskeys.mock.seeded;
      const proxied = await proxyFor(withPasskeys);
      const browser = browserOn(proxied);
      await signIn(browser, member);
      const cookie = [...browser.cookies.values()][0];
      const options = await browser.post('passkeySignInOptions');
      expect(options.status).toBe(200);
      expect(options.headers.getSetCookie()).toEqual([]);
      expect([...browser.cookies.values()]).toEqual([cookie]);
      expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
    });
  });

  describe('when a sign-in challenge is answered', () => {
    async function memberWithPasskey(proxied: ProxiedMock) {
      const { member } = withPasskeys.mock.seeded;
      const device = createSoftwareAuthenticator({ origin: appOrigin });
      const setUp = browserOn(proxied);
      await signIn(setUp, member);
      await addPasskey(setUp, device);
      return device;
    }

    it('refuses the challenge another browser asked for, without calling AuthFlow to verify', async () => {
      const proxied = await proxyFor(withPasskeys);
      const device = await memberWithPasskey(proxied);
      const victim = browserOn(proxied);
      const assertion = await signedAssertion(victim, device);
      const attacker = browserOn(proxied);
      await attacker.post('passkeySignInOptions');

      const stolen = await attacker.post('verifyPasskeySignIn', { response: assertion });
      expect(stolen.status).toBe(401);
      expect(stolen.body).toMatchObject({ error: { code: 'expired' } });
      const cookieless = await browserOn(proxied).post('verifyPasskeySignIn', { response: assertion });
      expect(cookieless.status).toBe(401);
      expect(passkeyRouteCalls(proxied)).not.toContain('/auth/passkeys/login/verify');

      expect((await victim.post('verifyPasskeySignIn', { response: assertion })).status).toBe(200);
    });

    it('refuses a replay after use, and lets only one of two simultaneous uses through', async () => {
      const proxied = await proxyFor(withPasskeys);
      const device = await memberWithPasskey(proxied);
      const browser = browserOn(proxied);
      const assertion = await signedAssertion(browser, device);
      const [first, second] = await Promise.all([
        browser.post('verifyPasskeySignIn', { response: assertion }),
        browser.post('verifyPasskeySignIn', { response: assertion }),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 401]);

      const replay = await browser.post('verifyPasskeySignIn', { response: assertion });
      expect(replay.status).toBe(401);
      expect(replay.body).toMatchObject({ error: { code: 'expired' } });
      const verifies = passkeyRouteCalls(proxied).filter((path) => path === '/auth/passkeys/login/verify');
      expect(verifies).toHaveLength(1);
    });

    it('keeps an earlier tab’s challenge when another tab of the browser asks for options', async () => {
      const proxied = await proxyFor(withPasskeys);
      const device = await memberWithPasskey(proxied);
      const browser = browserOn(proxied);
      const firstTab = await signedAssertion(browser, device);
      const cookie = [...browser.cookies.values()][0];
      await browser.post('passkeySignInOptions');
      expect([...browser.cookies.values()]).toEqual([cookie]);
      expect((await browser.post('verifyPasskeySignIn', { response: firstTab })).status).toBe(200);
    });

    it('passes AuthFlow’s refusal on, and the spent challenge cannot be tried again', async () => {
      const proxied = await proxyFor(withPasskeys);
      await memberWithPasskey(proxied);
      const stranger = createSoftwareAuthenticator({ origin: appOrigin });
      const browser = browserOn(proxied);
      const options = bodyOf(await browser.post('passkeySignInOptions'), isRequestOptions);
      await stranger.register(foreignCreationOptions);
      const unknown = await stranger.authenticate(options);
      const refused = await browser.post('verifyPasskeySignIn', { response: unknown });
      expect(refused.status).toBe(401);
      expect(refused.body).toMatchObject({ error: { code: 'passkey_rejected' } });
      expect((await browser.post('verifyPasskeySignIn', { response: unknown })).body).toMatchObject({
        error: { code: 'expired' },
      });
    });
  });

  describe('when AuthFlow does not advertise the group (plain AuthFlow)', () => {
    it('says passkeys are off and answers 404 on every passkey endpoint, calling no passkey route', async () => {
      const { member } = plain.mock.seeded;
      const proxied = await proxyFor(plain);
      const browser = browserOn(proxied);
      expect((await browser.post('capabilities')).body).toEqual({ sessions: true, passkeys: false });
      await signIn(browser, member);
      const credential = await createSoftwareAuthenticator({ origin: appOrigin }).register(
        foreignCreationOptions,
      );
      const attempts = [
        await browser.post('passkeySignInOptions'),
        await browser.post('passkeyRegistrationOptions'),
        await browser.post('verifyPasskeyRegistration', { response: credential }),
        await browser.post('listPasskeys'),
        await browser.post('renamePasskey', { id: credential.id, name: 'New' }),
        await browser.post('deletePasskey', { id: credential.id, password: member.password }),
      ];
      for (const answer of attempts) {
        expect(answer.status).toBe(404);
        expect(answer.body).toMatchObject({ error: { code: 'not_found' } });
      }
      expect(passkeyRouteCalls(proxied)).toEqual([]);
      expect(proxied.upstream.paths.filter((path) => path === '/')).toEqual(['/']);
      expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
    });
  });

  describe('when the proxy is told to leave passkeys off', () => {
    it('says so and answers 404 without reading the discovery document or calling a passkey route', async () => {
      const proxied = await proxyFor(withPasskeys, { passkeys: false });
      const browser = browserOn(proxied);
      expect((await browser.post('capabilities')).body).toEqual({ sessions: true, passkeys: false });
      const options = await browser.post('passkeySignInOptions');
      expect(options.status).toBe(404);
      expect(options.body).toMatchObject({ error: { code: 'not_found' } });
      expect(proxied.upstream.paths).toEqual([]);
    });
  });

  describe('when the discovery document cannot be read', () => {
    it('answers the failure, does not remember it, and reads again on the next request', async () => {
      let failNext = true;
      const proxied = await proxyFor(withPasskeys, {
        fetch: (input, init) => {
          const url = input instanceof Request ? input.url : String(input);
          if (new URL(url).pathname === '/' && failNext) {
            failNext = false;
            return Promise.reject(new TypeError('connection refused'));
          }
          return fetch(input, init);
        },
      });
      const browser = browserOn(proxied);
      const failed = await browser.post('capabilities');
      expect(failed.status).toBe(502);
      expect(failed.body).toMatchObject({ error: { code: 'network' } });
      expect((await browser.post('capabilities')).body).toEqual({ sessions: true, passkeys: true });
    });
  });

  describe('when passkey requests come too fast', () => {
    it('counts sign-in options and verifications in the signIn bucket: 429 without calling AuthFlow', async () => {
      const proxied = await proxyFor(withPasskeys, {
        rateLimit: { signIn: { perClient: { max: 3, windowMs: 60_000 } } },
      });
      const browser = browserOn(proxied);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        statuses.push((await browser.post('passkeySignInOptions')).status);
      }
      const before = passkeyRouteCalls(proxied).length;
      const limited = await browser.post('passkeySignInOptions');
      expect(statuses).toEqual([200, 200, 200]);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.body).toMatchObject({ error: { code: 'rate_limited' } });
      expect(passkeyRouteCalls(proxied)).toHaveLength(before);
      // The password sign-in shares the bucket: the address is out of attempts for both.
      const { member } = withPasskeys.mock.seeded;
      expect((await browser.post('signIn', { email: member.email, password: member.password })).status).toBe(
        429,
      );
    });

    it('counts wrong passwords on passkey removal like the other password checks', async () => {
      const { member } = withPasskeys.mock.seeded;
      const proxied = await proxyFor(withPasskeys, {
        rateLimit: { signIn: { perAccount: { max: 2, windowMs: 60_000 } } },
      });
      const browser = browserOn(proxied);
      await signIn(browser, member);
      const passkey = await addPasskey(browser, createSoftwareAuthenticator({ origin: appOrigin }));
      const wrong = { id: passkey.id, password: 'Wrong123!' };
      expect((await browser.post('deletePasskey', wrong)).body).toMatchObject({
        error: { code: 'invalid_credentials' },
      });
      expect((await browser.post('deletePasskey', wrong)).status).toBe(401);
      expect((await browser.post('deletePasskey', wrong)).status).toBe(429);
    });
  });

  describe('when a passkey is removed', () => {
    it('needs the right password, then ends the account’s other sessions and keeps this one', async () => {
      const { member } = withPasskeys.mock.seeded;
      const proxied = await proxyFor(withPasskeys);
      const here = browserOn(proxied);
      const elsewhere = browserOn(proxied, firefoxOnLinux);
      const device = createSoftwareAuthenticator({ origin: appOrigin });
      await signIn(here, member);
      const passkey = await addPasskey(here, device);
      const byPasskey = await elsewhere.post('verifyPasskeySignIn', {
        response: await signedAssertion(elsewhere, device),
      });
      expect(byPasskey.status).toBe(200);

      const wrong = await here.post('deletePasskey', { id: passkey.id, password: 'Wrong123!' });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toMatchObject({ error: { code: 'invalid_credentials' } });
      expect((await elsewhere.post('session')).body).toMatchObject({ status: 'signedIn' });

      const removed = await here.post('deletePasskey', { id: passkey.id, password: member.password });
      expect(removed.status).toBe(200);
      expect(removed.body).toEqual({ success: true, endedSessions: 'others' });
      expect((await here.post('listPasskeys')).body).toEqual({ passkeys: [] });
      expect((await here.post('session')).body).toMatchObject({ status: 'signedIn' });
      expect((await elsewhere.post('session')).body).toEqual({ status: 'signedOut' });
      expect(proxied.upstream.paths).toContain('/auth/logout');
    });

    it('asks for a fresh proof of identity first when the sign-in is old, without calling AuthFlow', async () => {
      const { member } = withPasskeys.mock.seeded;
      const proxied = await proxyFor(withPasskeys);
      const browser = browserOn(proxied);
      await signIn(browser, member);
      const passkey = await addPasskey(browser, createSoftwareAuthenticator({ origin: appOrigin }));
      offset += 10 * 60_000 + 1;
      const calls = proxied.upstream.paths.length;

      const stale = await browser.post('deletePasskey', { id: passkey.id, password: member.password });
      expect(stale.status).toBe(403);
      expect(stale.body).toMatchObject({ error: { code: 'reauthentication_required' } });
      expect(proxied.upstream.paths).toHaveLength(calls);

      expect((await browser.post('reauthenticate', { password: member.password })).status).toBe(200);
      const removed = await browser.post('deletePasskey', { id: passkey.id, password: member.password });
      expect(removed.body).toEqual({ success: true, endedSessions: 'others' });
    });

    it('adds a passkey only with a fresh proof of identity: an old sign-in cannot plant one', async () => {
      const { member } = withPasskeys.mock.seeded;
      const proxied = await proxyFor(withPasskeys);
      const browser = browserOn(proxied);
      await signIn(browser, member);
      offset += 10 * 60_000 + 1;
      const calls = proxied.upstream.paths.length;

      const stale = await browser.post('passkeyRegistrationOptions');
      expect(stale.status).toBe(403);
      expect(stale.body).toMatchObject({ error: { code: 'reauthentication_required' } });
      expect(proxied.upstream.paths).toHaveLength(calls);

      expect((await browser.post('reauthenticate', { password: member.password })).status).toBe(200);
      await addPasskey(browser, createSoftwareAuthenticator({ origin: appOrigin }));
      expect((await browser.post('listPasskeys')).body).toMatchObject({
        passkeys: [{ name: expect.any(String) }],
      });
    });
  });
});
