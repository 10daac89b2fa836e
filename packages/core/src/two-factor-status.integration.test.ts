import { seededAccounts } from '@authflow-ui/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthClient, SignInResult } from './auth-client.js';
import { createAuthClient } from './create-auth-client.js';
import type { MfaChallenge } from './mfa-challenge.js';
import { createMemoryStorage } from './storage-adapters.js';
import { rejection, useProxyPageHarness } from './test-support/proxy-page-harness.js';
import { type BrowserLikeFetch, devApiKey } from './test-support/start-proxied-mock.js';

// `session.twoFactor` in both modes: the real mock HTTP server, and the real proxy in front of it.
// AuthFlow has no route that says whether 2FA is on, so the state comes from how the session
// began and from set-up and disable.

const h = useProxyPageHarness();
const { member, mfa } = seededAccounts;

const directClients: AuthClient[] = [];
afterEach(() => {
  for (const client of directClients.splice(0)) client.destroy();
});

interface Page {
  client: AuthClient;
  /** The same person coming back: a new page in the same browser, or a reload from stored state. */
  reopen(): Promise<AuthClient>;
}

type Mode = 'direct' | 'proxy';

function openPage(mode: Mode): Page {
  if (mode === 'proxy') {
    const { client, browser } = h.pageClient();
    return { client, reopen: () => reopenInBrowser(browser) };
  }
  // A reload in direct mode reads the session back from storage, then confirms it with `me`.
  const storage = createMemoryStorage();
  const directClient = () => {
    const client = createAuthClient({ baseUrl: h.mock().url, apiKey: devApiKey, storage });
    directClients.push(client);
    return client;
  };
  return {
    client: directClient(),
    reopen: async () => {
      const client = directClient();
      await client.loadSession();
      return client;
    },
  };
}

async function reopenInBrowser(browser: BrowserLikeFetch): Promise<AuthClient> {
  const { client } = h.pageClient({ browser });
  await client.loadSession();
  return client;
}

function challengeOf(result: SignInResult): MfaChallenge {
  if (result.type !== 'mfa') throw new Error(`expected a second-factor challenge, got ${result.type}`);
  return result.challenge;
}

async function passwordStep(mode: Mode, account: { email: string; password: string }) {
  const page = openPage(mode);
  const result = await page.client.signIn({ email: account.email, password: h.secret(account.password) });
  return { page, result };
}

async function signInWithAuthenticator(mode: Mode, secret: string): Promise<Page> {
  const { page, result } = await passwordStep(mode, { email: mfa.email, password: mfa.password });
  h.nextTotpStep();
  await page.client.mfa.verifyTotp(challengeOf(result), h.secret(h.totpCode(secret)));
  return page;
}

describe.each(['direct', 'proxy'] as const)('in %s mode', (mode) => {
  describe('how the session began says whether two-step verification is on', () => {
    it('a plain password sign-in has it off', async () => {
      const { page, result } = await passwordStep(mode, member);

      expect(result).toMatchObject({ type: 'session', session: { twoFactor: 'disabled' } });
      expect(page.client.session.getState()).toMatchObject({ status: 'signedIn', twoFactor: 'disabled' });
      expect((await page.reopen()).session.getState().twoFactor).toBe('disabled');
    });

    it('a sign-up has it off', async () => {
      const page = openPage(mode);

      const session = await page.client.signUp({
        email: `new-${mode}@example.com`,
        password: h.secret('NewPass123!'),
        fullname: 'Nia New',
      });

      expect(session.twoFactor).toBe('disabled');
      expect((await page.reopen()).session.getState().twoFactor).toBe('disabled');
    });

    it('an authenticator code has it on', async () => {
      const page = await signInWithAuthenticator(mode, mfa.totpSecret);

      expect(page.client.session.getState()).toMatchObject({ status: 'signedIn', twoFactor: 'enabled' });
      expect((await page.reopen()).session.getState().twoFactor).toBe('enabled');
    });

    it('an emailed code has it on', async () => {
      const { page, result } = await passwordStep(mode, mfa);
      const challenge = challengeOf(result);
      await page.client.mfa.sendEmailCode(challenge);
      const code = h.secret(h.lastMessage(mfa.email, 'email-otp').code ?? '');

      const session = await page.client.mfa.verifyEmailCode(challenge, code);

      expect(session.twoFactor).toBe('enabled');
      expect((await page.reopen()).session.getState().twoFactor).toBe('enabled');
    });

    it('a recovery code has it on, and says how many codes are left', async () => {
      const { page, result } = await passwordStep(mode, mfa);

      const signIn = await page.client.mfa.verifyRecoveryCode(
        challengeOf(result),
        h.secret(mfa.recoveryCodes[0] ?? ''),
      );

      expect(signIn).toMatchObject({ session: { twoFactor: 'enabled' }, remainingCodes: 9 });
      expect((await page.reopen()).session.getState().twoFactor).toBe('enabled');
    });
  });

  describe('set-up and disable change it', () => {
    it('a finished set-up turns it on, and it stays on when the page comes back', async () => {
      const { page } = await passwordStep(mode, member);
      const enrollment = await page.client.mfa.enable();
      expect(page.client.session.getState().twoFactor).toBe('disabled');

      await page.client.mfa.verifySetup({
        secret: h.secret(enrollment.secret),
        code: h.secret(h.totpCode(enrollment.secret)),
      });

      expect(page.client.session.getState()).toMatchObject({ status: 'signedIn', twoFactor: 'enabled' });
      expect((await page.reopen()).session.getState().twoFactor).toBe('enabled');
      expect(await h.nextSignInOf(member)).toBe('mfa');
    });

    it('a set-up refused for a wrong code leaves it off', async () => {
      const { page } = await passwordStep(mode, member);
      const enrollment = await page.client.mfa.enable();
      h.secret(enrollment.secret);
      const current = h.totpCode(enrollment.secret);
      const wrong = current === '000000' ? '111111' : '000000';

      const failure = await rejection(
        page.client.mfa.verifySetup({ secret: enrollment.secret, code: wrong }),
      );

      expect(failure.code).toBe('invalid_code');
      expect(page.client.session.getState().twoFactor).toBe('disabled');
      expect((await page.reopen()).session.getState().twoFactor).toBe('disabled');
    });

    it('disable with the password turns it off, and it stays off when the page comes back', async () => {
      const page = await signInWithAuthenticator(mode, mfa.totpSecret);

      await page.client.mfa.disable({ password: h.secret(mfa.password) });

      expect(page.client.session.getState()).toMatchObject({ status: 'signedIn', twoFactor: 'disabled' });
      expect((await page.reopen()).session.getState().twoFactor).toBe('disabled');
      expect(await h.nextSignInOf(mfa)).toBe('session');
    });

    it('disable refused for a wrong password leaves it on', async () => {
      const page = await signInWithAuthenticator(mode, mfa.totpSecret);

      const failure = await rejection(page.client.mfa.disable({ password: h.secret('WrongPass123!') }));

      expect(failure.code).toBe('invalid_credentials');
      expect(page.client.session.getState().twoFactor).toBe('enabled');
      expect((await page.reopen()).session.getState().twoFactor).toBe('enabled');
    });
  });
});

describe('in proxy mode, two tabs of one browser', () => {
  it('a tab that loads the session after set-up in another learns it is on from the proxy', async () => {
    const { client, browser } = h.pageClient();
    await client.signIn({ email: member.email, password: h.secret(member.password) });
    const otherTab = await reopenInBrowser(browser);
    expect(otherTab.session.getState().twoFactor).toBe('disabled');
    const enrollment = await client.mfa.enable();

    await client.mfa.verifySetup({
      secret: h.secret(enrollment.secret),
      code: h.secret(h.totpCode(enrollment.secret)),
    });

    await otherTab.loadSession();
    expect(otherTab.session.getState().twoFactor).toBe('enabled');
  });
});
