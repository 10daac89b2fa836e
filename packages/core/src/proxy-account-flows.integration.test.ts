import { MOCK_ORG_ID, mockLifetimes, seededAccounts } from '@authflow-ui/mocks';
import { describe, expect, it } from 'vitest';
import { AuthError } from './auth-error.js';
import { rejection, requestsTo, useProxyPageHarness } from './test-support/proxy-page-harness.js';
import { startProxy } from './test-support/start-proxied-mock.js';

// Account flows in proxy mode: the real proxy in front of the real mock, emails read from its outbox.

const h = useProxyPageHarness();
const { owner, member, mfa } = seededAccounts;

const newcomer = { email: 'nia@example.com', password: 'NiaPass123!', fullname: 'Nia New' };

describe('given a newcomer signing up through the proxy', () => {
  it('when signUp succeeds, the page is signed in without a token and me() names the new account', async () => {
    const { client, browser } = h.pageClient({ factory: 'createProxyAuthClient' });

    const session = await client.signUp({ ...newcomer, password: h.secret(newcomer.password) });

    const user = { email: newcomer.email, fullname: newcomer.fullname, role: 'user', orgId: MOCK_ORG_ID };
    expect(session).toMatchObject({ token: null, user });
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', token: null, user });
    expect(browser.cookies.has('authflow')).toBe(true);
    expect(await client.me()).toEqual(user);
    const [signUpRequest] = requestsTo(browser, '/sign-up');
    expect(await signUpRequest?.json()).toEqual({ ...newcomer, disclaimed: true });
    expect(h.lastMessage(newcomer.email, 'verify-email').token).toMatch(/\S/);
  });

  it('given the email is taken, signUp rejects with user_exists and the page stays signed out', async () => {
    const { client } = h.pageClient();

    const failure = await rejection(
      client.signUp({ email: member.email, password: h.secret('OtherPass123!'), fullname: 'Copy Cat' }),
    );

    expect(failure).toMatchObject({ code: 'user_exists', status: 409 });
    expect(client.session.getState().status).toBe('signedOut');
    expect(await h.nextSignInOf(member)).toBe('session');
  });

  it('given a password the rule refuses, signUp rejects with weak_password and creates no account', async () => {
    const { client } = h.pageClient();

    const failure = await rejection(client.signUp({ ...newcomer, password: h.secret('short') }));

    expect(failure).toMatchObject({ code: 'weak_password', status: 400 });
    expect(client.session.getState().status).toBe('signedOut');
    expect(await h.nextSignInOf({ email: newcomer.email, password: 'short' })).toBe('invalid_credentials');
  });
});

describe('given a newcomer verifying their email through the proxy', () => {
  it('when verifyEmail gets the token from the sign-up email, it resolves once and the link is then spent', async () => {
    const { client } = h.pageClient();
    await client.signUp({ ...newcomer, password: h.secret(newcomer.password) });
    const token = h.secret(h.lastMessage(newcomer.email, 'verify-email').token ?? '');

    await expect(client.verifyEmail({ token })).resolves.toBeUndefined();

    const again = await rejection(client.verifyEmail({ token }));
    expect(again).toMatchObject({ code: 'expired', status: 401 });
    const mailed = h.mock().mock.outbox.messages(newcomer.email).length;
    await client.resendVerificationEmail({ email: newcomer.email });
    expect(h.mock().mock.outbox.messages(newcomer.email)).toHaveLength(mailed);
  });

  it('when resendVerificationEmail is asked before verifying, a new email arrives whose link verifies', async () => {
    const { client } = h.pageClient();
    await client.signUp({ ...newcomer, password: h.secret(newcomer.password) });
    const first = h.lastMessage(newcomer.email, 'verify-email');

    const signedOut = h.pageClient();
    await signedOut.client.resendVerificationEmail({ email: newcomer.email });

    const resent = h.lastMessage(newcomer.email, 'verify-email');
    expect(resent.sentAt).toBeGreaterThanOrEqual(first.sentAt);
    expect(resent.token).not.toBe(first.token);
    await expect(
      signedOut.client.verifyEmail({ token: h.secret(resent.token ?? '') }),
    ).resolves.toBeUndefined();
    const [resendRequest] = requestsTo(signedOut.browser, '/resend-verification-email');
    expect(await resendRequest?.json()).toEqual({ email: newcomer.email });
  });

  it('given an unknown email, resendVerificationEmail resolves the same and mails nothing', async () => {
    const { client } = h.pageClient();

    await expect(client.resendVerificationEmail({ email: 'ghost@example.com' })).resolves.toBeUndefined();

    expect(h.mock().mock.outbox.messages('ghost@example.com')).toEqual([]);
  });

  it('given a made-up token, verifyEmail rejects with expired', async () => {
    const { client } = h.pageClient();

    const failure = await rejection(client.verifyEmail({ token: h.secret('0123456789abcdef') }));

    expect(failure).toMatchObject({ code: 'expired', status: 401 });
  });
});

describe('given a member who forgot their password', () => {
  const newPassword = 'ResetPass456!';

  async function resetToken(): Promise<string> {
    const { client, browser } = h.pageClient();
    await client.forgotPassword({ email: member.email });
    const [forgotRequest] = requestsTo(browser, '/forgot-password');
    expect(await forgotRequest?.json()).toEqual({ email: member.email });
    return h.secret(h.lastMessage(member.email, 'reset-password').token ?? '');
  }

  it('when resetPassword gets the emailed token, the old password fails, the new one signs in, and open sessions end', async () => {
    const { client: before } = await h.signInWithPassword(member);
    const token = await resetToken();
    const { client } = h.pageClient();

    await client.resetPassword({ token, newPassword: h.secret(newPassword) });

    expect(await h.nextSignInOf(member)).toBe('invalid_credentials');
    expect(await h.nextSignInOf({ email: member.email, password: newPassword })).toBe('session');
    expect(await before.validate()).toBe('invalid');
    expect(before.session.getState().status).toBe('signedOut');
  });

  it('given the token was already used, resetPassword rejects with expired and the first new password stays', async () => {
    const token = await resetToken();
    const { client } = h.pageClient();
    await client.resetPassword({ token, newPassword: h.secret(newPassword) });

    const failure = await rejection(client.resetPassword({ token, newPassword: h.secret('Another789!') }));

    expect(failure).toMatchObject({ code: 'expired', status: 401 });
    expect(await h.nextSignInOf({ email: member.email, password: newPassword })).toBe('session');
  });

  it('given the token is older than its lifetime, resetPassword rejects with expired and the old password still signs in', async () => {
    const token = await resetToken();
    h.advanceMockClock(mockLifetimes.resetTokenMs);
    const { client } = h.pageClient();

    const failure = await rejection(client.resetPassword({ token, newPassword: h.secret(newPassword) }));

    expect(failure).toMatchObject({ code: 'expired', status: 401 });
    expect(await h.nextSignInOf(member)).toBe('session');
  });

  it('given a new password the rule refuses, resetPassword rejects with weak_password and the token still works', async () => {
    const token = await resetToken();
    const { client } = h.pageClient();

    const failure = await rejection(client.resetPassword({ token, newPassword: h.secret('weak') }));

    expect(failure).toMatchObject({ code: 'weak_password', status: 400 });
    await client.resetPassword({ token, newPassword: h.secret(newPassword) });
    expect(await h.nextSignInOf({ email: member.email, password: newPassword })).toBe('session');
  });

  it('given an unknown email, forgotPassword resolves the same and mails nothing', async () => {
    const { client } = h.pageClient();

    await expect(client.forgotPassword({ email: 'ghost@example.com' })).resolves.toBeUndefined();

    expect(h.mock().mock.outbox.messages('ghost@example.com')).toEqual([]);
  });
});

describe('given the organization owner deleting users through the proxy', () => {
  it('when the owner deletes a member, the member can no longer sign in and their open session ends', async () => {
    const { client: memberPage } = await h.signInWithPassword(member);
    const { client, browser } = await h.signInWithPassword(owner);

    await expect(client.deleteUser({ userEmail: member.email })).resolves.toBeUndefined();

    expect(await client.validate()).toBe('valid');
    expect(await h.nextSignInOf(member)).toBe('invalid_credentials');
    expect(await memberPage.validate()).toBe('invalid');
    expect(memberPage.session.getState().status).toBe('signedOut');
    const [deleteRequest] = requestsTo(browser, '/delete-user');
    expect(await deleteRequest?.json()).toEqual({ userEmail: member.email });
  });

  it('given a member tries to delete another user, it rejects with forbidden and nobody is deleted', async () => {
    const { client } = await h.signInWithPassword(member);

    const failure = await rejection(client.deleteUser({ userEmail: mfa.email }));

    expect(failure).toBeInstanceOf(AuthError);
    expect(failure).toMatchObject({ code: 'forbidden', status: 403 });
    expect(await client.validate()).toBe('valid');
    expect(await h.nextSignInOf(mfa)).toBe('mfa');
  });

  it('given an unknown user, deleteUser rejects with 404 and the owner stays signed in', async () => {
    const { client } = await h.signInWithPassword(owner);

    const failure = await rejection(client.deleteUser({ userEmail: 'ghost@example.com' }));

    // The same code as in direct mode (flows.integration.test.ts): the contract's 404 means no such user.
    expect(failure).toMatchObject({ code: 'user_not_found', status: 404 });
    expect(client.session.getState().status).toBe('signedIn');
  });

  it('given the owner names themselves, deleteUser rejects with forbidden and the owner can still sign in', async () => {
    const { client } = await h.signInWithPassword(owner);

    const failure = await rejection(client.deleteUser({ userEmail: owner.email }));

    expect(failure).toMatchObject({ code: 'forbidden', status: 403 });
    expect(await h.nextSignInOf(owner)).toBe('session');
  });
});

describe('given a page signed in through the proxy', () => {
  it('when me() is called, it answers the profile from AuthFlow and keeps the store on it', async () => {
    const { client } = await h.signInWithPassword(owner);

    const user = await client.me();

    expect(user).toEqual({ email: owner.email, fullname: owner.fullname, role: 'user', orgId: MOCK_ORG_ID });
    expect(client.session.getState().user).toEqual(user);
  });

  it('given another page of the same browser signed out, validate answers invalid and signs this page out', async () => {
    const { client, browser } = await h.signInWithPassword(owner);
    const { client: otherPage } = h.pageClient({ browser });
    await otherPage.loadSession();
    await otherPage.signOut();

    expect(await client.validate()).toBe('invalid');

    expect(client.session.getState().status).toBe('signedOut');
    const { client: reloaded } = h.pageClient({ browser });
    expect(await reloaded.loadSession()).toBeNull();
  });

  it('given a slow sign-out answer, a sign-in made meanwhile keeps its new session cookie', async () => {
    const { browser } = await h.signInWithPassword(member);
    // The proxy's answer to the sign-out clears the cookie; here it takes its time.
    const slowSignOut = {
      ...browser,
      fetch: async (request: Request) => {
        if (new URL(request.url).pathname.endsWith('/sign-out')) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return browser.fetch(request);
      },
    };
    const { client: page } = h.pageClient({ browser: slowSignOut });
    await page.loadSession();

    const signedOut = page.signOut();
    const signedIn = page.signIn({ email: member.email, password: h.secret(member.password) });
    await Promise.all([signedOut, signedIn]);

    expect(page.session.getState().status).toBe('signedIn');
    expect(await page.validate()).toBe('valid');
  });

  it('given a page that has not loaded the session yet, its sign-out still ends the session in the cookie', async () => {
    const { client, browser } = await h.signInWithPassword(owner);
    const { client: freshPage } = h.pageClient({ browser });
    expect(freshPage.session.getState().status).toBe('signedOut');

    await freshPage.signOut();

    expect(browser.cookies.size).toBe(0);
    expect(await client.validate()).toBe('invalid');
  });

  it('given the session ended elsewhere, me() rejects with session_expired and signs the page out', async () => {
    const { client, browser } = await h.signInWithPassword(owner);
    const { client: otherPage } = h.pageClient({ browser });
    await otherPage.loadSession();
    await otherPage.signOut();

    const failure = await rejection(client.me());

    expect(failure).toMatchObject({ code: 'session_expired', status: 401 });
    expect(client.session.getState().status).toBe('signedOut');
  });

  it('given AuthFlow expired the session, validate answers invalid and the proxy clears the cookie', async () => {
    const { client, browser } = await h.signInWithPassword(owner);
    h.mock().mock.setScenario({ name: 'expired-session' });

    expect(await client.validate()).toBe('invalid');

    expect(client.session.getState().status).toBe('signedOut');
    expect(browser.cookies.has('authflow')).toBe(false);
  });

  it('given AuthFlow fails while confirming the session, validate answers unknown and the page stays signed in', async () => {
    const { client, browser } = await h.signInWithPassword(owner);
    h.mock().mock.setScenario({ name: 'server-error', routes: ['me'] });

    expect(await client.validate()).toBe('unknown');
    const failure = await rejection(client.me());

    expect(failure).toMatchObject({ code: 'server', status: 502 });
    expect(client.session.getState().status).toBe('signedIn');
    expect(browser.cookies.has('authflow')).toBe(true);
    h.mock().mock.setScenario(null);
    expect(await client.validate()).toBe('valid');
  });

  it('when discover() is called, it rejects with configuration without sending a request', async () => {
    const { client, browser } = await h.signInWithPassword(owner);
    const sent = browser.requests.length;

    const failure = await rejection(client.discover());

    expect(failure.code).toBe('configuration');
    expect(failure.message).toMatch(/proxy/);
    expect(browser.requests).toHaveLength(sent);
  });
});

describe('given the proxy stops answering', () => {
  it('every call rejects with network, validate answers unknown, signOut still signs out, and nothing goes unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const doomed = await startProxy(h.mock(), { rateLimit: false });
    try {
      const { client } = await h.signInWithPassword(member, { baseUrl: doomed.baseUrl });
      await doomed.close();

      for (const call of [
        () => client.signIn({ email: member.email, password: h.secret(member.password) }),
        () => client.me(),
        () => client.loadSession(),
        () => client.mfa.enable(),
        () => client.changePassword({ oldPassword: member.password, newPassword: h.secret('Changed123!') }),
        () => client.forgotPassword({ email: member.email }),
        () => client.resetPassword({ token: h.secret('0123456789abcdef'), newPassword: 'Changed123!' }),
        () => client.deleteUser({ userEmail: mfa.email }),
      ]) {
        expect(await rejection(call())).toMatchObject({ code: 'network', status: undefined });
      }
      expect(client.session.getState().status).toBe('signedIn');
      expect(await client.validate()).toBe('unknown');
      expect(client.session.getState().status).toBe('signedIn');

      await expect(client.signOut()).resolves.toBeUndefined();
      expect(client.session.getState().status).toBe('signedOut');
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await doomed.close();
    }
  });
});
