import { describe, expect, it } from 'vitest';
import { accountSecurityEnvironment } from './test-support/account-security-environment.js';
import type { TestBrowser } from './test-support/test-browser.js';
import { testStores } from './test-support/test-stores.js';
import { totpCode } from './test-support/totp-code.js';

const window = 10 * 60_000;

async function signIn(browser: TestBrowser, account: { email: string; password: string }): Promise<void> {
  expect((await browser.post('signIn', { email: account.email, password: account.password })).status).toBe(
    200,
  );
}

describe.each(testStores)('given the proxy on $name', (kind) => {
  describe.skipIf(kind.unavailable)('(re-authentication)', () => {
    const env = accountSecurityEnvironment(kind);

    describe('when the person signed in more than ten minutes ago', () => {
      it.each([
        ['changePassword', { oldPassword: 'Member123!', newPassword: 'Changed123!' }],
        ['regenerateRecoveryCodes', { password: 'Member123!' }],
        ['disableTwoFactor', { password: 'Member123!' }],
        ['deleteUser', { userEmail: 'someone@example.com' }],
        ['revokeOtherSessions', {}],
        ['revokeSession', { id: 'any' }],
      ] as const)(
        '%s answers 403 reauthentication_required without calling AuthFlow',
        async (endpoint, body) => {
          const { member } = env.mock.mock.seeded;
          const browser = env.browser();
          await signIn(browser, member);
          env.advance(window + 1);
          const calls = env.proxied.upstream.paths.length;

          const answer = await browser.post(endpoint, body);
          expect(answer.status).toBe(403);
          expect(answer.body).toMatchObject({ error: { code: 'reauthentication_required' } });
          expect(env.proxied.upstream.paths.length).toBe(calls);
          expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
        },
      );

      it('still serves what is not sensitive', async () => {
        const { member } = env.mock.mock.seeded;
        const browser = env.browser();
        await signIn(browser, member);
        env.advance(window + 1);
        expect((await browser.post('sessions')).status).toBe(200);
        expect((await browser.post('enableTwoFactor')).status).toBe(200);
      });

      it('accepts the password again, keeps the same session, and then lets the action through', async () => {
        const { member } = env.mock.mock.seeded;
        const browser = env.browser();
        await signIn(browser, member);
        const cookie = [...browser.cookies.values()][0];
        env.advance(window + 1);
        const before = env.proxied.upstream.paths.length;

        const answer = await browser.post('reauthenticate', { password: member.password });
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({ status: 'reauthenticated' });
        const { validUntil } = answer.body as { validUntil: number };
        expect(validUntil).toBeGreaterThan(Date.now() + window);
        expect(answer.headers.getSetCookie()).toEqual([]);
        expect([...browser.cookies.values()]).toEqual([cookie]);
        // The proof's own AuthFlow session is logged out at once.
        expect(env.proxied.upstream.paths.slice(before)).toEqual([
          '/auth/fooBar',
          '/auth/login',
          '/auth/logout',
        ]);
        expect(await browser.post('sessions')).toMatchObject({ body: { sessions: [{ current: true }] } });

        const change = await browser.post('changePassword', {
          oldPassword: member.password,
          newPassword: 'Changed123!',
        });
        expect(change.status).toBe(200);
      });

      it('refuses a wrong password as a sign-in would, and the window stays closed', async () => {
        const { member } = env.mock.mock.seeded;
        const browser = env.browser();
        await signIn(browser, member);
        env.advance(window + 1);
        const answer = await browser.post('reauthenticate', { password: 'Wrong123!' });
        expect(answer.status).toBe(401);
        expect(answer.body).toMatchObject({ error: { code: 'invalid_credentials' } });
        expect((await browser.post('revokeOtherSessions')).status).toBe(403);
        expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
      });

      it('counts failures like sign-in: ten wrong passwords, then 429', async () => {
        const { member } = env.mock.mock.seeded;
        const browser = env.browser();
        await signIn(browser, member);
        const statuses: number[] = [];
        for (let attempt = 0; attempt < 11; attempt += 1) {
          statuses.push((await browser.post('reauthenticate', { password: 'Wrong123!' })).status);
        }
        expect(statuses.slice(0, 10)).toEqual(Array.from({ length: 10 }, () => 401));
        expect(statuses[10]).toBe(429);
      });

      it('needs a signed-in session', async () => {
        const answer = await env.browser().post('reauthenticate', { password: 'Member123!' });
        expect(answer.body).toMatchObject({ error: { code: 'session_expired' } });
        expect(env.proxied.upstream.paths).toEqual([]);
      });
    });

    describe('when the account has two-factor sign-in on', () => {
      async function signedInLongAgo(): Promise<TestBrowser> {
        const { mfa } = env.mock.mock.seeded;
        const browser = env.browser();
        await signIn(browser, mfa);
        expect((await browser.post('verifyRecoveryCode', { code: mfa.recoveryCodes[0] })).status).toBe(200);
        env.advance(window + 1);
        return browser;
      }

      it('answers the password with a challenge, and an authenticator code completes it', async () => {
        const { mfa } = env.mock.mock.seeded;
        const browser = await signedInLongAgo();
        const cookie = [...browser.cookies.values()][0];

        const challenge = await browser.post('reauthenticate', { password: mfa.password });
        expect(challenge.body).toMatchObject({
          status: 'mfa',
          challenge: { email: mfa.email, methods: ['totp', 'email', 'recovery'] },
        });
        expect(challenge.text).not.toMatch(/tempToken/);
        expect((await browser.post('regenerateRecoveryCodes', { password: mfa.password })).status).toBe(403);

        expect((await browser.post('reauthenticateVerifyTotp', { code: '000000' })).body).toMatchObject({
          error: { code: 'invalid_code' },
        });
        const done = await browser.post('reauthenticateVerifyTotp', { code: totpCode(mfa.totpSecret) });
        expect(done.body).toMatchObject({ status: 'reauthenticated' });
        expect([...browser.cookies.values()]).toEqual([cookie]);
        expect((await browser.post('regenerateRecoveryCodes', { password: mfa.password })).status).toBe(200);
      });

      it('completes with an emailed code', async () => {
        const { mfa } = env.mock.mock.seeded;
        const browser = await signedInLongAgo();
        await browser.post('reauthenticate', { password: mfa.password });
        expect((await browser.post('reauthenticateSendEmailCode')).body).toMatchObject({ success: true });
        const code = env.mock.mock.outbox
          .messages(mfa.email)
          .find((message) => message.kind === 'email-otp')?.code;
        const done = await browser.post('reauthenticateVerifyEmailCode', { code });
        expect(done.body).toMatchObject({ status: 'reauthenticated' });
        expect((await browser.post('revokeOtherSessions')).status).toBe(200);
      });

      it('completes with a recovery code, which is then spent', async () => {
        const { mfa } = env.mock.mock.seeded;
        const browser = await signedInLongAgo();
        await browser.post('reauthenticate', { password: mfa.password });
        const done = await browser.post('reauthenticateVerifyRecoveryCode', { code: mfa.recoveryCodes[1] });
        expect(done.body).toMatchObject({ status: 'reauthenticated' });
        env.advance(window + 1);
        await browser.post('reauthenticate', { password: mfa.password });
        expect(
          (await browser.post('reauthenticateVerifyRecoveryCode', { code: mfa.recoveryCodes[1] })).body,
        ).toMatchObject({ error: { code: 'invalid_code' } });
      });

      it('takes no code without a pending re-authentication of this very session', async () => {
        const { mfa } = env.mock.mock.seeded;
        const browser = await signedInLongAgo();
        const other = env.browser();
        await signIn(other, mfa);
        await other.post('verifyRecoveryCode', { code: mfa.recoveryCodes[2] });
        // A re-authentication pending in the other browser does not let this one's codes through.
        await other.post('reauthenticate', { password: mfa.password });
        const calls = env.proxied.upstream.paths.length;
        for (const endpoint of [
          'reauthenticateVerifyTotp',
          'reauthenticateVerifyEmailCode',
          'reauthenticateVerifyRecoveryCode',
        ] as const) {
          const answer = await browser.post(endpoint, { code: '123456' });
          expect(answer.body).toMatchObject({ error: { code: 'expired' } });
        }
        expect((await browser.post('reauthenticateSendEmailCode')).body).toMatchObject({
          error: { code: 'expired' },
        });
        expect(env.proxied.upstream.paths.length).toBe(calls);
        expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
      });

      it('forgets the challenge once the pending sign-in time has passed', async () => {
        const { mfa } = env.mock.mock.seeded;
        const browser = await signedInLongAgo();
        await browser.post('reauthenticate', { password: mfa.password });
        env.advance(300_001);
        const answer = await browser.post('reauthenticateVerifyTotp', { code: totpCode(mfa.totpSecret) });
        expect(answer.body).toMatchObject({ error: { code: 'expired' } });
      });
    });
  });
});
