import { proxyNeutralMessages } from '@authflow-ui/contract';
import { describe, expect, it } from 'vitest';
import { proxiedMockForEachTest } from './test-support/proxied-mock-for-each-test.js';
import { startProxy } from './test-support/start-proxied-mock.js';
import type { TestBrowser } from './test-support/test-browser.js';
import { totpCode } from './test-support/totp-code.js';

const env = proxiedMockForEachTest();

const member = () => env.mock.mock.seeded.member;
const owner = () => env.mock.mock.seeded.owner;
const mfaUser = () => env.mock.mock.seeded.mfa;

async function signIn(browser: TestBrowser, account: { email: string; password: string }) {
  const answer = await browser.post('signIn', { email: account.email, password: account.password });
  expect(answer.status).toBe(200);
  return answer;
}

describe('given a browser that is signed out', () => {
  it('the session endpoint says signed out without asking AuthFlow', async () => {
    const answer = await env.proxied.browser().post('session');
    expect(answer).toMatchObject({ status: 200, body: { status: 'signedOut' } });
    expect(env.proxied.upstream.paths).toEqual([]);
  });
});

describe('when a member signs in with email and password', () => {
  it('gets the session in one round trip, the proxy having called fooBar, login and me', async () => {
    const browser = env.proxied.browser();
    const answer = await signIn(browser, member());
    expect(answer.body).toEqual({
      type: 'session',
      session: {
        status: 'signedIn',
        user: {
          email: member().email,
          fullname: member().fullname,
          role: 'user',
          orgId: env.mock.mock.seeded.orgId,
        },
        expiresAt: expect.any(Number),
        twoFactor: 'disabled',
      },
    });
    expect(env.proxied.upstream.paths).toEqual(['/auth/fooBar', '/auth/login', '/auth/me']);
    const session = await browser.post('session');
    expect(session.body).toMatchObject({
      status: 'signedIn',
      user: { email: member().email },
      twoFactor: 'disabled',
    });
  });

  it('sends the pinned role and the key to AuthFlow, never anything the browser chose', async () => {
    await signIn(env.proxied.browser(), member());
    const login = env.proxied.upstream.calls.find((call) => call.path === '/auth/login');
    const query = new URL(login?.url ?? 'http://x').searchParams;
    expect(query.get('role')).toBe('user');
    expect(query.get('api_key')).toBe('af_deadbeefdeadbeefdeadbeefdeadbeef');
    expect(query.get('foobar')).toMatch(/\S+/);
  });

  it('gets the same answer for an unknown user, a wrong password and a wrong role', async () => {
    const wrongPassword = await env.proxied
      .browser()
      .post('signIn', { email: member().email, password: 'Wrong123!' });
    const unknownUser = await env.proxied
      .browser()
      .post('signIn', { email: 'nobody@example.com', password: 'Wrong123!' });
    const adminProxy = await startProxy(env.mock, { role: 'admin' });
    const wrongRole = await adminProxy
      .browser()
      .post('signIn', { email: member().email, password: member().password });
    await adminProxy.close();
    for (const answer of [wrongPassword, unknownUser, wrongRole]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(wrongPassword.body);
    }
    expect(wrongPassword.body).toMatchObject({ error: { code: 'invalid_credentials' } });
  });
});

describe('when someone signs up', () => {
  it('is signed in at once, with the pinned role', async () => {
    const browser = env.proxied.browser();
    const answer = await browser.post('signUp', {
      email: 'new@example.com',
      password: 'NewPass123!',
      fullname: 'Nia New',
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'signedIn',
      user: { email: 'new@example.com', role: 'user' },
      twoFactor: 'disabled',
    });
    expect(env.proxied.upstream.paths).toEqual(['/auth/fooBar', '/auth/signUp', '/auth/me']);
    const signUp = env.proxied.upstream.calls.find((call) => call.path === '/auth/signUp');
    expect(new URL(signUp?.url ?? 'http://x').searchParams.get('disclaimed')).toBe('true');
    expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
  });

  it('is told the account exists when it does', async () => {
    const answer = await env.proxied.browser().post('signUp', {
      email: member().email,
      password: 'NewPass123!',
      fullname: 'Max Again',
    });
    expect(answer).toMatchObject({ status: 409, body: { error: { code: 'user_exists' } } });
  });

  it('is told a password the server refuses is too weak', async () => {
    const answer = await env.proxied.browser().post('signUp', {
      email: 'weak@example.com',
      password: 'short',
      fullname: 'Wes Weak',
    });
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'weak_password' } } });
  });
});

describe('when a signed-in member signs out', () => {
  it('ends the session at AuthFlow and here, clears the cookie and asks the browser to clear site data', async () => {
    const browser = env.proxied.browser();
    await signIn(browser, member());
    const stolenCookie = new Map(browser.cookies);
    const answer = await browser.post('signOut');
    expect(answer.body).toEqual({ status: 'signedOut' });
    expect(answer.headers.get('clear-site-data')).toBe('"cookies", "storage"');
    expect(browser.setCookies.at(-1)).toMatch(/^__Host-authflow=; Max-Age=0;/);
    expect(browser.cookies.size).toBe(0);
    expect(env.proxied.upstream.paths.at(-1)).toBe('/auth/logout');

    const replay = env.proxied.browser();
    for (const [name, value] of stolenCookie) replay.cookies.set(name, value);
    expect((await replay.post('session')).body).toEqual({ status: 'signedOut' });
  });
});

describe('given a session AuthFlow no longer accepts', () => {
  it('the session endpoint says signed out and clears the cookie', async () => {
    const checksEveryTime = await startProxy(env.mock, { sessionCheckIntervalMs: 0 });
    const browser = checksEveryTime.browser();
    await signIn(browser, member());
    env.mock.mock.setScenario({ name: 'expired-session' });
    const answer = await browser.post('session');
    await checksEveryTime.close();
    expect(answer.body).toEqual({ status: 'signedOut' });
    expect(browser.cookies.size).toBe(0);
  });
});

describe('when a user with two-factor sign-in signs in', () => {
  it('gets a challenge without any token in it, then a session for a valid authenticator code', async () => {
    const browser = env.proxied.browser();
    const answer = await signIn(browser, mfaUser());
    expect(answer.body).toEqual({
      type: 'mfa',
      challenge: {
        email: mfaUser().email,
        methods: ['totp', 'email', 'recovery'],
        expiresAt: expect.any(Number),
      },
    });
    expect(answer.text).not.toMatch(/tempToken|token/i);

    const verified = await browser.post('verifyTotp', { code: totpCode(mfaUser().totpSecret) });
    expect(verified).toMatchObject({
      status: 200,
      body: { status: 'signedIn', user: { email: mfaUser().email }, twoFactor: 'enabled' },
    });
    expect((await browser.post('session')).body).toMatchObject({ twoFactor: 'enabled' });
  });

  it('is told a wrong code is wrong, and can still try again', async () => {
    const browser = env.proxied.browser();
    await signIn(browser, mfaUser());
    const wrong = await browser.post('verifyTotp', { code: '000000' });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'invalid_code' } } });
    const right = await browser.post('verifyTotp', { code: totpCode(mfaUser().totpSecret) });
    expect(right.status).toBe(200);
  });

  it('can finish with a code sent by email, pasted with a space', async () => {
    const browser = env.proxied.browser();
    await signIn(browser, mfaUser());
    const sent = await browser.post('sendEmailCode');
    expect(sent.body).toEqual({ success: true, message: proxyNeutralMessages.sendEmailCode });
    const code = env.mock.mock.outbox
      .messages(mfaUser().email)
      .find((message) => message.kind === 'email-otp')?.code;
    expect(code).toMatch(/^\d{6}$/);
    const spaced = `${code?.slice(0, 3)} ${code?.slice(3)}`;
    const verified = await browser.post('verifyEmailCode', { code: spaced });
    expect(verified).toMatchObject({ status: 200, body: { status: 'signedIn' } });
  });

  it('can finish with a recovery code and learns how many remain', async () => {
    const browser = env.proxied.browser();
    await signIn(browser, mfaUser());
    const [code] = mfaUser().recoveryCodes;
    const verified = await browser.post('verifyRecoveryCode', { code });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      session: { status: 'signedIn', twoFactor: 'enabled' },
      remainingCodes: 9,
    });

    const again = env.proxied.browser();
    await signIn(again, mfaUser());
    const reused = await again.post('verifyRecoveryCode', { code });
    expect(reused).toMatchObject({ status: 401, body: { error: { code: 'invalid_code' } } });
  });
});

describe('when a signed-in member sets up two-factor sign-in', () => {
  it('gets the QR code and secret, confirms with a code only, and must use a second factor next time', async () => {
    const browser = env.proxied.browser();
    await signIn(browser, member());
    const enabled = await browser.post('enableTwoFactor');
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({
      secret: expect.stringMatching(/^[A-Z2-7]+=*$/),
      qrCode: expect.stringMatching(/^data:image\/png;base64,/),
      otpauthUrl: expect.stringMatching(/^otpauth:\/\/totp\//),
    });
    const secret = (enabled.body as { secret: string }).secret;

    const confirmed = await browser.post('verifyTwoFactorSetup', { code: totpCode(secret) });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = confirmed.body as { recoveryCodes: string[] };
    expect(recoveryCodes.length).toBeGreaterThan(0);
    const setup = env.proxied.upstream.calls.find((call) => call.path === '/auth/2fa/verify-setup');
    expect(JSON.parse(setup?.body ?? '{}')).toMatchObject({ secret, role: 'user', email: member().email });
    expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn', twoFactor: 'enabled' });

    await browser.post('signOut');
    const next = await signIn(browser, member());
    expect(next.body).toMatchObject({ type: 'mfa' });
    const viaRecovery = await browser.post('verifyRecoveryCode', { code: recoveryCodes[0] });
    expect(viaRecovery.body).toMatchObject({ remainingCodes: recoveryCodes.length - 1 });
  });

  it('cannot confirm set-up it never started', async () => {
    const browser = env.proxied.browser();
    await signIn(browser, member());
    const calls = env.proxied.upstream.calls.length;
    const answer = await browser.post('verifyTwoFactorSetup', { code: '123456' });
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'expired' } } });
    expect(env.proxied.upstream.calls.length).toBe(calls);
    expect((await browser.post('session')).body).toMatchObject({ twoFactor: 'disabled' });
  });
});

describe('when a user with two-factor sign-in manages it', () => {
  async function signedInMfaBrowser() {
    const browser = env.proxied.browser();
    await signIn(browser, mfaUser());
    await browser.post('verifyTotp', { code: totpCode(mfaUser().totpSecret) });
    return browser;
  }

  it('gets new recovery codes with the password, and is refused with a wrong one', async () => {
    const browser = await signedInMfaBrowser();
    const wrong = await browser.post('regenerateRecoveryCodes', { password: 'Wrong123!' });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'invalid_credentials' } } });
    expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn', twoFactor: 'enabled' });
    const codes = await browser.post('regenerateRecoveryCodes', { password: mfaUser().password });
    expect(codes.body).toMatchObject({ recoveryCodes: expect.any(Array) });
  });

  it('turns it off with the password, and signs in with the password alone afterwards', async () => {
    const browser = await signedInMfaBrowser();
    const wrong = await browser.post('disableTwoFactor', { password: 'Wrong123!' });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'invalid_credentials' } } });
    expect((await browser.post('session')).body).toMatchObject({ twoFactor: 'enabled' });
    const disabled = await browser.post('disableTwoFactor', { password: mfaUser().password });
    expect(disabled).toMatchObject({ status: 200, body: { success: true } });
    expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn', twoFactor: 'disabled' });
    await browser.post('signOut');
    expect((await signIn(browser, mfaUser())).body).toMatchObject({ type: 'session' });
  });
});

describe('when a member changes their password', () => {
  it('signs in with the new one afterwards', async () => {
    const browser = env.proxied.browser();
    await signIn(browser, member());
    const changed = await browser.post('changePassword', {
      oldPassword: member().password,
      newPassword: 'Changed123!',
    });
    expect(changed).toMatchObject({ status: 200, body: { success: true } });
    await browser.post('signOut');
    expect((await signIn(browser, { email: member().email, password: 'Changed123!' })).body).toMatchObject({
      type: 'session',
    });
  });

  it('is told a wrong current password is wrong, and stays signed in', async () => {
    const browser = env.proxied.browser();
    await signIn(browser, member());
    const changed = await browser.post('changePassword', {
      oldPassword: 'Wrong123!',
      newPassword: 'Changed123!',
    });
    expect(changed).toMatchObject({ status: 401, body: { error: { code: 'invalid_credentials' } } });
    expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
  });

  it('is refused when signed out, without a call to AuthFlow', async () => {
    const answer = await env.proxied.browser().post('changePassword', { oldPassword: 'a', newPassword: 'b' });
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'session_expired' } } });
    expect(env.proxied.upstream.paths).toEqual([]);
  });
});

describe('when someone forgot their password', () => {
  it('gets the same confirmation whether or not the account exists', async () => {
    const known = await env.proxied.browser().post('forgotPassword', { email: member().email });
    const unknown = await env.proxied.browser().post('forgotPassword', { email: 'nobody@example.com' });
    expect(known).toMatchObject({
      status: 200,
      body: { success: true, message: proxyNeutralMessages.forgotPassword },
    });
    expect(unknown.status).toBe(known.status);
    expect(unknown.body).toEqual(known.body);
  });

  it('resets it with the emailed token, once', async () => {
    await env.proxied.browser().post('forgotPassword', { email: member().email });
    const token = env.mock.mock.outbox
      .messages(member().email)
      .find((message) => message.kind === 'reset-password')?.token;
    expect(token).toBeTruthy();
    const reset = await env.proxied.browser().post('resetPassword', { token, newPassword: 'Reset123!' });
    expect(reset).toMatchObject({ status: 200, body: { success: true } });
    expect(
      (await signIn(env.proxied.browser(), { email: member().email, password: 'Reset123!' })).body,
    ).toMatchObject({
      type: 'session',
    });
    const reused = await env.proxied.browser().post('resetPassword', { token, newPassword: 'Again123!' });
    expect(reused).toMatchObject({ status: 401, body: { error: { code: 'expired' } } });
  });
});

describe('when a new user verifies their email', () => {
  it('verifies with the emailed token, and a resend gives a neutral confirmation', async () => {
    await env.proxied
      .browser()
      .post('signUp', { email: 'new@example.com', password: 'NewPass123!', fullname: 'Nia New' });
    const resent = await env.proxied.browser().post('resendVerificationEmail', { email: 'new@example.com' });
    const unknown = await env.proxied
      .browser()
      .post('resendVerificationEmail', { email: 'nobody@example.com' });
    expect(resent.body).toEqual({ success: true, message: proxyNeutralMessages.resendVerificationEmail });
    expect(unknown.body).toEqual(resent.body);

    const token = env.mock.mock.outbox
      .messages('new@example.com')
      .find((message) => message.kind === 'verify-email')?.token;
    expect(token).toBeTruthy();
    const verified = await env.proxied.browser().post('verifyEmail', { token });
    expect(verified).toMatchObject({ status: 200, body: { success: true } });
  });

  it('is told an unknown link has expired', async () => {
    const answer = await env.proxied.browser().post('verifyEmail', { token: 'not-a-real-token' });
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'expired' } } });
  });
});

describe('when the organization owner deletes a user', () => {
  it('deletes a member, whose sign-in then fails like any wrong credentials', async () => {
    const browser = env.proxied.browser();
    await signIn(browser, owner());
    const deleted = await browser.post('deleteUser', { userEmail: member().email });
    expect(deleted).toMatchObject({ status: 200, body: { success: true } });
    const call = env.proxied.upstream.calls.find((entry) => entry.path === '/auth/deleteUser');
    expect(JSON.parse(call?.body ?? '{}')).toEqual({
      email_owner: owner().email,
      org_id: env.mock.mock.seeded.orgId,
      user_email: member().email,
    });
    const answer = await env.proxied
      .browser()
      .post('signIn', { email: member().email, password: member().password });
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'invalid_credentials' } } });
  });

  it('refuses a member who tries', async () => {
    const browser = env.proxied.browser();
    await signIn(browser, member());
    const answer = await browser.post('deleteUser', { userEmail: owner().email });
    expect(answer).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
  });
});
