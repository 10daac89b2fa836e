import { describe, expect, it } from 'vitest';
import {
  accountSecurityEnvironment,
  chromeOnMac,
  firefoxOnLinux,
} from './test-support/account-security-environment.js';
import type { TestBrowser } from './test-support/test-browser.js';
import { testStores } from './test-support/test-stores.js';
import { totpCode } from './test-support/totp-code.js';

interface Account {
  email: string;
  password: string;
}

async function signIn(browser: TestBrowser, account: Account): Promise<void> {
  const answer = await browser.post('signIn', { email: account.email, password: account.password });
  expect(answer.status).toBe(200);
}

interface ListedSession {
  id: string;
  browser: string | null;
  os: string | null;
  network: string | null;
  createdAt: number;
  lastSeenAt: number;
  current: boolean;
}

async function listSessions(browser: TestBrowser): Promise<ListedSession[]> {
  const answer = await browser.post('sessions');
  expect(answer.status).toBe(200);
  const body = answer.body as { sessions: ListedSession[] };
  return body.sessions;
}

async function otherSessionId(browser: TestBrowser): Promise<string> {
  const other = (await listSessions(browser)).find((session) => !session.current);
  if (other === undefined) throw new Error('no other session listed');
  return other.id;
}

describe.each(testStores)('given the proxy on $name', (kind) => {
  describe.skipIf(kind.unavailable)('(sessions of one account)', () => {
    const env = accountSecurityEnvironment(kind);

    describe('when one account is signed in from two browsers', () => {
      it('lists both, this one first and marked, with browser, system and network only', async () => {
        const { member } = env.mock.mock.seeded;
        const laptop = env.browser(chromeOnMac);
        const desktop = env.browser(firefoxOnLinux);
        await signIn(laptop, member);
        await signIn(desktop, member);

        const sessions = await listSessions(laptop);
        expect(sessions).toHaveLength(2);
        expect(sessions[0]).toMatchObject({
          current: true,
          browser: 'Chrome',
          os: 'macOS',
          network: '127.0.0.0/24',
        });
        expect(sessions[1]).toMatchObject({ current: false, browser: 'Firefox', os: 'Linux' });
        expect(new Set(sessions.map((session) => session.id)).size).toBe(2);
        const text = JSON.stringify(sessions);
        for (const cookie of [...laptop.cookies.values(), ...desktop.cookies.values()]) {
          expect(text).not.toContain(cookie);
        }
        expect(text).not.toMatch(/eyJ/);
        expect(text).not.toContain('127.0.0.1');
      });

      it('lists only the account’s own sessions', async () => {
        const { member, owner } = env.mock.mock.seeded;
        const mine = env.browser();
        await signIn(mine, member);
        await signIn(env.browser(), owner);
        expect(await listSessions(mine)).toHaveLength(1);
      });

      it('ends the other one: AuthFlow logout, and its next request is signed out', async () => {
        const { member } = env.mock.mock.seeded;
        const laptop = env.browser(chromeOnMac);
        const phone = env.browser(firefoxOnLinux);
        await signIn(laptop, member);
        await signIn(phone, member);
        const id = await otherSessionId(laptop);
        const calls = env.proxied.upstream.paths.length;

        const revoked = await laptop.post('revokeSession', { id });
        expect(revoked).toMatchObject({ status: 200, body: { success: true, revoked: 1 } });
        expect(env.proxied.upstream.paths.slice(calls)).toEqual(['/auth/logout']);

        expect((await phone.post('session')).body).toEqual({ status: 'signedOut' });
        expect((await phone.post('changePassword', { oldPassword: 'x', newPassword: 'y' })).status).toBe(401);
        expect(await listSessions(laptop)).toHaveLength(1);
        expect((await laptop.post('session')).body).toMatchObject({ status: 'signedIn' });
      });

      it('refuses to end this browser’s own session (sign-out does that) or an unknown one', async () => {
        const { member, owner } = env.mock.mock.seeded;
        const laptop = env.browser();
        const stranger = env.browser();
        await signIn(laptop, member);
        await signIn(stranger, owner);
        const [own] = await listSessions(laptop);
        const [theirs] = await listSessions(stranger);

        expect((await laptop.post('revokeSession', { id: own?.id })).body).toMatchObject({
          error: { code: 'invalid_request' },
        });
        expect((await laptop.post('revokeSession', { id: theirs?.id })).body).toMatchObject({
          error: { code: 'not_found' },
        });
        expect((await laptop.post('revokeSession', { id: 'no-such-session' })).status).toBe(404);
        expect((await stranger.post('session')).body).toMatchObject({ status: 'signedIn' });
        expect((await laptop.post('session')).body).toMatchObject({ status: 'signedIn' });
      });

      it('ends every other session with revoke-others and keeps this one', async () => {
        const { member } = env.mock.mock.seeded;
        const [here, second, third] = [env.browser(), env.browser(), env.browser()];
        for (const browser of [here, second, third]) await signIn(browser, member);

        const answer = await here.post('revokeOtherSessions');
        expect(answer.body).toEqual({ success: true, revoked: 2 });
        expect((await second.post('session')).body).toEqual({ status: 'signedOut' });
        expect((await third.post('session')).body).toEqual({ status: 'signedOut' });
        expect((await here.post('session')).body).toMatchObject({ status: 'signedIn' });
        expect(await listSessions(here)).toHaveLength(1);
      });

      it('forgets a session at sign-out', async () => {
        const { member } = env.mock.mock.seeded;
        const here = env.browser();
        const other = env.browser();
        await signIn(here, member);
        await signIn(other, member);
        await other.post('signOut');
        expect(await listSessions(here)).toHaveLength(1);
      });
    });

    describe('when the password changes', () => {
      it('ends every other session, keeps this one, and says so', async () => {
        const { member } = env.mock.mock.seeded;
        const here = env.browser();
        const other = env.browser();
        await signIn(here, member);
        await signIn(other, member);

        const answer = await here.post('changePassword', {
          oldPassword: member.password,
          newPassword: 'Changed123!',
        });
        expect(answer.body).toEqual({ success: true, endedSessions: 'others' });
        expect((await other.post('session')).body).toEqual({ status: 'signedOut' });
        expect((await here.post('session')).body).toMatchObject({ status: 'signedIn' });
      });

      it('ends nothing when the old password is wrong', async () => {
        const { member } = env.mock.mock.seeded;
        const here = env.browser();
        const other = env.browser();
        await signIn(here, member);
        await signIn(other, member);
        const answer = await here.post('changePassword', {
          oldPassword: 'Wrong123!',
          newPassword: 'Changed123!',
        });
        expect(answer.status).toBe(401);
        expect((await other.post('session')).body).toMatchObject({ status: 'signedIn' });
      });
    });

    describe('when two-factor sign-in is turned off', () => {
      it('ends every other session and keeps this one', async () => {
        const { mfa } = env.mock.mock.seeded;
        const here = env.browser();
        const other = env.browser();
        await signIn(here, mfa);
        expect((await here.post('verifyRecoveryCode', { code: mfa.recoveryCodes[0] })).status).toBe(200);
        await signIn(other, mfa);
        expect((await other.post('verifyTotp', { code: totpCode(mfa.totpSecret) })).status).toBe(200);

        const answer = await here.post('disableTwoFactor', { password: mfa.password });
        expect(answer.body).toEqual({ success: true, endedSessions: 'others' });
        expect((await other.post('session')).body).toEqual({ status: 'signedOut' });
        expect((await here.post('session')).body).toMatchObject({ status: 'signedIn' });
      });
    });

    describe('when the password is reset from an email link', () => {
      it('ends every session: the list drops them and each browser is signed out', async () => {
        const { member } = env.mock.mock.seeded;
        const here = env.browser();
        const other = env.browser();
        await signIn(here, member);
        await signIn(other, member);
        await env.browser().post('forgotPassword', { email: member.email });
        const [message] = env.mock.mock.outbox.messages(member.email);

        const reset = await here.post('resetPassword', { token: message?.token, newPassword: 'Reset123!' });
        expect(reset.body).toEqual({ success: true, endedSessions: 'all' });
        expect(here.cookies.size).toBe(0);
        expect((await other.post('session')).body).toEqual({ status: 'signedOut' });

        const again = env.browser();
        await signIn(again, { email: member.email, password: 'Reset123!' });
        expect(await listSessions(again)).toHaveLength(1);
      });

      it('drops the account’s other sessions from the list before they make a request', async () => {
        const { member } = env.mock.mock.seeded;
        const other = env.browser();
        await signIn(other, member);
        await env.browser().post('forgotPassword', { email: member.email });
        const [message] = env.mock.mock.outbox.messages(member.email);
        await env.browser().post('resetPassword', { token: message?.token, newPassword: 'Reset123!' });

        const again = env.browser();
        await signIn(again, { email: member.email, password: 'Reset123!' });
        expect(await listSessions(again)).toEqual([expect.objectContaining({ current: true })]);
        expect((await other.post('session')).body).toEqual({ status: 'signedOut' });
      });
    });

    describe('when time passes', () => {
      it('writes last-seen at most once a minute', async () => {
        const { member } = env.mock.mock.seeded;
        const here = env.browser();
        const other = env.browser();
        await signIn(other, member);
        await signIn(here, member);
        const [, before] = await listSessions(here);

        env.advance(30_000);
        await other.post('session');
        const [, soon] = await listSessions(here);
        expect(soon?.lastSeenAt).toBe(before?.lastSeenAt);

        env.advance(31_000);
        await other.post('session');
        const [, later] = await listSessions(here);
        expect(later?.lastSeenAt).toBeGreaterThanOrEqual((before?.lastSeenAt ?? 0) + 60_000);
        expect(later?.createdAt).toBe(before?.createdAt);
      });
    });
  });
});

describe.skipIf(testStores[1]?.unavailable !== false)('given two proxy processes sharing one Redis', () => {
  const redis = testStores[1];
  if (redis === undefined) throw new Error('no Redis store kind');
  const env = accountSecurityEnvironment(redis);

  it('each lists the sessions started on the other, and a revocation on one holds on both', async () => {
    const { member } = env.mock.mock.seeded;
    const second = await env.startAnotherProxy();
    const onFirst = env.browser(chromeOnMac);
    const onSecond = env.browser(firefoxOnLinux, second);
    await signIn(onFirst, member);
    await signIn(onSecond, member);

    expect((await listSessions(onSecond)).map((session) => session.browser)).toEqual(['Firefox', 'Chrome']);
    const id = await otherSessionId(onSecond);
    expect((await onSecond.post('revokeSession', { id })).status).toBe(200);
    expect((await onFirst.post('session')).body).toEqual({ status: 'signedOut' });
    expect(await listSessions(onSecond)).toHaveLength(1);
  });
});
