/*
 * One person's whole life in the demo, in a real Chromium against the real build with real TOTP
 * codes, twice: on the embedded mock (a real MSW service worker), and as `pnpm dev:full` runs it,
 * through the real proxy in front of the mock server. Steps share one page and run in order;
 * each waits for what a person would see. Through the proxy, the journey also watches everything
 * page JavaScript can read for a token, a code, a password or the key.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from './browser.js';
import {
  emailedCode,
  followEmailLink,
  newestMessage,
  signOut,
  submitPassword,
  totpCode,
  waitForNotes,
  waitForSecondStep,
} from './demo-actions.js';
import { type ServedDemo, serveDemo, serveProxiedDemo } from './serve-demo.js';
import { type SecretWatch, watchBrowserSecrets } from './watch-browser-secrets.js';

const person = {
  fullname: 'Erin Example',
  email: 'erin@example.com',
  password: 'FirstPass123!',
  changedPassword: 'SecondPass456!',
  resetPassword: 'ThirdPass789!',
};

const devApiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';
const sessionCookieName = '__Host-authflow';

const setups = [
  { name: 'its embedded mock', proxied: false, serve: serveDemo },
  { name: 'the proxy in front of the mock server (pnpm dev:full)', proxied: true, serve: serveProxiedDemo },
];

describe.each(setups)('given the notes demo on $name', ({ proxied, serve }) => {
  let demo: ServedDemo;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  let totpSecret = '';
  let recoveryCodes: string[] = [];
  let secretWatch: SecretWatch | null = null;
  /** Every code typed and session id issued on the way, for the final scan. */
  const usedSecrets = new Set<string>();

  /** The docs' screenshots come from the embedded run; the proxied one looks the same. */
  const shoot = (name: string) => (proxied ? Promise.resolve() : screenshot(page, name));

  const typeCode = async (label: string, code: string) => {
    usedSecrets.add(code);
    await page.getByLabel(label).fill(code);
  };

  beforeAll(async () => {
    [demo, browser] = await Promise.all([serve(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    pageErrors = collectPageErrors(page);
    if (proxied) secretWatch = await watchBrowserSecrets(browser, page);
  });

  afterEach(async () => {
    if (secretWatch === null) return;
    await secretWatch.record();
    for (const cookie of await page.context().cookies()) usedSecrets.add(cookie.value);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('when a visitor opens a protected page, it sends them to sign in and remembers the page', async () => {
    await page.goto(`${demo.url}/account`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('redirect_url')).toBe('/account');
    await shoot('sign-in-light');
  });

  it('when they sign up, they land on their notes and verify the email from the inbox', async () => {
    await page.getByRole('link', { name: 'Create one' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await page.getByLabel('Full name').fill(person.fullname);
    await page.getByLabel('Email address').fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('checkbox').check();
    await shoot('sign-up-light');
    await page.getByRole('button', { name: 'Create account' }).click();
    await waitForNotes(page, person.fullname);
    await page.getByText('Your account is ready.').waitFor();
    await shoot('welcome-light');

    await newestMessage(page, 'Verify email', person.email);
    await shoot('dev-inbox-light');
    await followEmailLink(page, 'Verify email', person.email);
    await page.getByRole('heading', { name: 'Email address verified' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/verify-email');
  });

  it.runIf(proxied)(
    'when they reload, the HttpOnly cookie keeps them signed in and signing out removes it',
    async () => {
      const cookies = await page.context().cookies();
      expect(cookies.map((cookie) => cookie.name)).toEqual([sessionCookieName]);
      expect(cookies[0]).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
      expect(await page.evaluate(() => document.cookie)).toBe('');

      await page.goto(`${demo.url}/notes`);
      await waitForNotes(page, person.fullname);
      // A signed-in visit to the sign-in page moves on once the proxy has answered.
      await page.goto(`${demo.url}/sign-in`);
      await waitForNotes(page, person.fullname);

      await signOut(page, person.fullname);
      // The page signs out at once; the cookie goes when the proxy answers the sign-out.
      await expect.poll(() => page.context().cookies()).toEqual([]);
      await submitPassword(page, person.email, person.password);
      await waitForNotes(page, person.fullname);
    },
  );

  it('when they add a note, the dashboard lists it', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
    await page.getByLabel('New note').fill('Rotate the organization API key on Friday');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page
      .getByRole('list', { name: 'Your notes' })
      .getByText('Rotate the organization API key')
      .waitFor();
    await shoot('notes-light');
  });

  it('when they turn on 2FA with a code from the shown key, they get recovery codes to save', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    await page.getByRole('button', { name: 'Set up two-step verification' }).click();
    const secret = page.locator('[data-af-part="secret"]');
    await secret.waitFor();
    await shoot('mfa-setup-light');
    totpSecret = ((await secret.textContent()) ?? '').replace(/\s/g, '');
    expect(totpSecret).toMatch(/^[A-Z2-7]{16,}$/);
    usedSecrets.add(totpSecret);

    // A complete code submits itself, as an authenticator's autofill would.
    await typeCode('6-digit code from the app', totpCode(totpSecret));
    const codes = page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    recoveryCodes = (await codes.allTextContents()).map((code) => code.trim());
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes) usedSecrets.add(code);
    await shoot('recovery-codes-light');
    await page.getByLabel('I have saved these codes').check();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Two-step verification is on').first().waitFor();
  });

  it('when they sign out and back in, the authenticator code completes the sign-in', async () => {
    await signOut(page, person.fullname);
    await submitPassword(page, person.email, person.password);
    await waitForSecondStep(page);
    await shoot('mfa-challenge-light');
    // The set-up used this 30-second step's code; a code is good once, so read the app's next one.
    await typeCode('6-digit code', totpCode(totpSecret, 1));
    await page.getByRole('heading', { name: 'Account' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
  });

  it('when they sign in with a code sent by email, the inbox has it', async () => {
    await signOut(page, person.fullname);
    await submitPassword(page, person.email, person.password);
    await waitForSecondStep(page);
    await page.getByRole('button', { name: 'Email me a code instead' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await typeCode('6-digit code', await emailedCode(page, person.email));
    await page.getByRole('heading', { name: 'Account' }).waitFor();
  });

  it('when they sign in with recovery codes, each works once and the remaining count drops', async () => {
    const signInWithRecoveryCode = async (code: string) => {
      await signOut(page, person.fullname);
      await submitPassword(page, person.email, person.password);
      await waitForSecondStep(page);
      await page.getByRole('button', { name: 'Use a recovery code' }).click();
      await typeCode('Recovery code', code);
      await page.getByRole('button', { name: 'Verify' }).click();
    };

    // Seven codes leave three: the first count the kit warns about.
    for (const code of recoveryCodes.slice(0, 6)) {
      await signInWithRecoveryCode(code);
      await page.getByRole('heading', { name: 'Account' }).waitFor();
    }
    await signInWithRecoveryCode(recoveryCodes[6] ?? '');
    await page.getByText('You have 3 recovery codes left.').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Account' }).waitFor();

    await signInWithRecoveryCode(recoveryCodes[7] ?? '');
    await page.getByText('You have 2 recovery codes left.').waitFor();
    await shoot('low-recovery-codes-light');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Account' }).waitFor();

    // A used code is spent.
    await signInWithRecoveryCode(recoveryCodes[0] ?? '');
    await page.getByText('That code is not correct. Check it and try again.').waitFor();
    await page.getByRole('button', { name: 'Back to sign in' }).click();
    await submitPassword(page, person.email, person.password);
    await waitForSecondStep(page);
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await typeCode('Recovery code', recoveryCodes[8] ?? '');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByText('You have 1 recovery code left.').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Account' }).waitFor();
  });

  it('when they turn 2FA off with their password, sign-in asks for the password only', async () => {
    await page.getByRole('button', { name: 'Turn off two-step verification' }).click();
    await page.locator('#two-step').getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Turn off', exact: true }).click();
    await page.getByText('Two-step verification is off.').waitFor();
  });

  it('when they change the password, only the new one signs them in', async () => {
    const changeForm = page.locator('#password');
    await changeForm.getByLabel('Current password').fill(person.password);
    await changeForm.getByLabel('New password').fill(person.changedPassword);
    await changeForm.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed.').waitFor();

    await signOut(page, person.fullname);
    await submitPassword(page, person.email, person.password);
    await page.getByText('The email address or password is not correct.').waitFor();
    await page.getByLabel('Password', { exact: true }).fill(person.changedPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Account' }).waitFor();
  });

  it('when they forget the password, the emailed link sets a new one', async () => {
    await signOut(page, person.fullname);
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email address').fill(person.email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    await followEmailLink(page, 'Reset password', person.email);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(new URL(page.url()).searchParams.get('token')).toMatch(/^[0-9a-f]{64}$/);
    await page.getByLabel('New password').fill(person.resetPassword);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByRole('heading', { name: 'Password changed' }).waitFor();

    await page.getByRole('link', { name: 'Sign in' }).last().click();
    await submitPassword(page, person.email, person.resetPassword);
    await waitForNotes(page, person.fullname);
  });

  it('when the owner removes a member, that member can no longer sign in', async () => {
    await signOut(page, person.fullname);
    // Only the owner sees the members page.
    expect(await page.getByRole('link', { name: 'Members' }).count()).toBe(0);
    await submitPassword(page, 'owner@example.com', 'OwnerPass123!');
    await waitForNotes(page, 'Olivia Owner');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await page.getByLabel('Member email').fill('member@example.com');
    await page.getByRole('button', { name: 'Remove member' }).click();
    await shoot('members-light');
    await page.getByRole('button', { name: 'Yes, remove member@example.com' }).click();
    await page.getByText('member@example.com was removed.').waitFor();

    // The owner account itself cannot be removed: the server answers 403.
    await page.getByLabel('Member email').fill('owner@example.com');
    await page.getByRole('button', { name: 'Remove member' }).click();
    await page.getByRole('button', { name: 'Yes, remove owner@example.com' }).click();
    await page.getByText('You do not have permission to do that.').waitFor();

    await signOut(page, 'Olivia Owner');
    await submitPassword(page, 'member@example.com', 'MemberPass123!');
    await page.getByText('The email address or password is not correct.').waitFor();
  });

  it.runIf(proxied)(
    'then nothing page JavaScript could read ever held a token, a code, a password or the key',
    async () => {
      const watch = secretWatch;
      if (watch === null) throw new Error('the proxied journey runs with a secret watch');
      expect(watch.recordings).toBeGreaterThan(10);
      // The calls did reach the proxy, all as bodies: none of them carried a query string.
      const proxyCalls = watch.requestUrls.filter((url) => new URL(url).pathname.startsWith('/api/auth/'));
      expect(proxyCalls.length).toBeGreaterThan(30);
      expect(proxyCalls.filter((url) => new URL(url).search !== '')).toEqual([]);

      const secrets = [
        devApiKey,
        person.password,
        person.changedPassword,
        person.resetPassword,
        'OwnerPass123!',
        'MemberPass123!',
        ...usedSecrets,
      ];
      // Codes typed, recovery codes, the TOTP key and every session id the proxy issued.
      expect(usedSecrets.size).toBeGreaterThan(15);
      expect(watch.leaks(secrets)).toEqual([]);

      // The scan finds what it looks for: a planted value and a planted JWT are both caught.
      await page.evaluate(() => {
        sessionStorage.setItem('probe', 'planted-value');
        Reflect.set(window, 'plantedToken', 'eyJhbGciOiJSUzUxMiJ9.eyJzdWIiOiJwcm9iZSJ9.c2lnbmF0dXJl');
      });
      await watch.record();
      const caught = watch.leaks(['planted-value']);
      expect(caught.some((leak) => leak.startsWith('sessionStorage: probe=planted-value'))).toBe(true);
      expect(caught.some((leak) => leak.startsWith('global: plantedToken='))).toBe(true);
    },
  );

  it('then the browser reported no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
