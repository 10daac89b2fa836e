import { seededAccounts } from '@authflow-ui/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthClient } from './auth-client.js';
import { createAuthClient } from './create-auth-client.js';
import { rejection, useProxyPageHarness } from './test-support/proxy-page-harness.js';
import { devApiKey, type RunningProxy, startProxy } from './test-support/start-proxied-mock.js';

// Sessions and re-authentication in proxy mode: the real proxy in front of the real mock.

const h = useProxyPageHarness();
const { member, mfa } = seededAccounts;
const window = 10 * 60_000;

let clockedProxy: RunningProxy | undefined;
let proxyClockOffset = 0;

afterEach(async () => {
  await clockedProxy?.close();
  clockedProxy = undefined;
  proxyClockOffset = 0;
});

/** A proxy whose clock the test moves, so the re-authentication window can pass. */
async function proxyWithClock(): Promise<string> {
  clockedProxy = await startProxy(h.mock(), { rateLimit: false, now: () => Date.now() + proxyClockOffset });
  return clockedProxy.baseUrl;
}

async function signedIn(account: { email: string; password: string }, baseUrl?: string): Promise<AuthClient> {
  const { client, result } = await h.signInWithPassword(account, baseUrl === undefined ? {} : { baseUrl });
  expect(result.type).toBe('session');
  return client;
}

describe('given a proxy-mode client', () => {
  it('capabilities() asks the proxy once: sessions, and no passkeys in front of plain AuthFlow', async () => {
    const { client, browser } = h.pageClient();
    await expect(client.capabilities()).resolves.toEqual({ sessions: true, passkeys: false });
    await expect(client.capabilities()).resolves.toEqual({ sessions: true, passkeys: false });
    expect(browser.requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/auth/capabilities',
    ]);
  });

  describe('when the member is signed in on two pages', () => {
    it('lists both, this page first, and revokeOthers signs the other page out', async () => {
      const here = await signedIn(member);
      const there = await signedIn(member);

      const sessions = await here.sessions.list();
      expect(sessions.map((session) => session.current)).toEqual([true, false]);
      await expect(here.sessions.revokeOthers()).resolves.toEqual({ revoked: 1 });

      await expect(there.loadSession()).resolves.toBeNull();
      expect(there.session.getState().status).toBe('signedOut');
      expect(here.session.getState().status).toBe('signedIn');
    });

    it('revoke(id) ends that page’s session: its next call rejects session_expired and signs it out', async () => {
      const here = await signedIn(member);
      const there = await signedIn(member);
      const other = (await here.sessions.list()).find((session) => !session.current);

      await here.sessions.revoke(other?.id ?? 'missing');
      const failure = await rejection(there.sessions.list());
      expect(failure.code).toBe('session_expired');
      expect(there.session.getState().status).toBe('signedOut');
      expect((await rejection(here.sessions.revoke(other?.id ?? 'missing'))).code).toBe('not_found');
    });
  });

  describe('when the re-authentication window has passed', () => {
    it('a sensitive call rejects reauthentication_required, keeps the session, and succeeds after the password', async () => {
      const baseUrl = await proxyWithClock();
      const client = await signedIn(member, baseUrl);
      proxyClockOffset = window + 1;

      const refused = await rejection(
        client.changePassword({ oldPassword: member.password, newPassword: 'Changed123!' }),
      );
      expect(refused).toMatchObject({ code: 'reauthentication_required', status: 403 });
      expect(client.session.getState().status).toBe('signedIn');

      expect((await rejection(client.reauthenticate({ password: 'Wrong123!' }))).code).toBe(
        'invalid_credentials',
      );
      const proof = await client.reauthenticate({ password: h.secret(member.password) });
      expect(proof).toMatchObject({ type: 'reauthenticated' });
      await expect(
        client.changePassword({
          oldPassword: h.secret(member.password),
          newPassword: h.secret('Changed123!'),
        }),
      ).resolves.toBeUndefined();
    });

    it('with two-factor sign-in on, the password answers a challenge that an authenticator code completes', async () => {
      const baseUrl = await proxyWithClock();
      const { client, result } = await h.signInWithPassword(mfa, { baseUrl });
      if (result.type !== 'mfa') throw new Error(`expected a second-factor challenge, got ${result.type}`);
      await client.mfa.verifyRecoveryCode(result.challenge, h.secret(mfa.recoveryCodes[0] ?? ''));
      proxyClockOffset = window + 1;

      expect((await rejection(client.sessions.revokeOthers())).code).toBe('reauthentication_required');
      const answer = await client.reauthenticate({ password: h.secret(mfa.password) });
      expect(answer).toMatchObject({
        type: 'mfa',
        challenge: { email: mfa.email, methods: ['totp', 'email', 'recovery'] },
      });
      await expect(
        client.reauthentication.verifyTotp(h.secret(h.totpCode(mfa.totpSecret))),
      ).resolves.toMatchObject({
        type: 'reauthenticated',
      });
      await expect(client.sessions.revokeOthers()).resolves.toEqual({ revoked: 0 });
    });
  });
});

describe('given a direct-mode client against plain AuthFlow', () => {
  it('capabilities() reads the discovery document once and says no sessions', async () => {
    const requests: string[] = [];
    const client = createAuthClient({
      baseUrl: h.mock().url,
      apiKey: devApiKey,
      fetch: (request) => {
        requests.push(new URL(request.url).pathname);
        return globalThis.fetch(request);
      },
    });
    await expect(client.capabilities()).resolves.toEqual({ sessions: false, passkeys: false });
    await expect(client.capabilities()).resolves.toEqual({ sessions: false, passkeys: false });
    expect(requests).toEqual(['/']);

    await client.signIn({ email: member.email, password: member.password });
    const before = requests.length;
    expect((await rejection(client.sessions.list())).code).toBe('configuration');
    expect((await rejection(client.reauthenticate({ password: member.password }))).code).toBe(
      'configuration',
    );
    expect(requests.length).toBe(before);
    client.destroy();
  });

  it('a failed discovery read is not kept: the next call reads again', async () => {
    let calls = 0;
    const client = createAuthClient({
      baseUrl: h.mock().url,
      apiKey: devApiKey,
      fetch: (request) => {
        calls += 1;
        return calls === 1 ? Promise.reject(new TypeError('offline')) : globalThis.fetch(request);
      },
    });
    expect((await rejection(client.capabilities())).code).toBe('network');
    await expect(client.capabilities()).resolves.toEqual({ sessions: false, passkeys: false });
    client.destroy();
  });
});
