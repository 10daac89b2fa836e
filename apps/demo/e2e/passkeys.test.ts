/*
 * Passkeys in the demo, as a person meets them, in a real Chromium whose platform authenticator
 * is a CDP virtual one (real keys, real signatures, a fingerprint that always matches) against a
 * backend verifying with @simplewebauthn/server. Steps share one page and run in order: sign up,
 * add a passkey from the account page, sign in with it (email typed, then usernameless), see a
 * second account refused, rename it, remove it with the password, and meet the "Add a passkey"
 * prompt after a password sign-in. Where the backend serves no passkeys, nothing of them shows
 * and no passkey route is requested.
 *
 * Each target is one way to run the demo: on its embedded mock, and as `pnpm dev:full` runs it
 * (the production build in proxy mode, the real proxy in front of the mock server, whose
 * `passkeys` option names the `localhost` page).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from './browser.js';
import { openAccountPage, signOut, signUp, submitPassword, waitForNotes } from './demo-actions.js';
import { onLocalhost, type ServedDemo, serveDemo, serveProxiedDemo } from './serve-demo.js';
import { addVirtualAuthenticator, type VirtualAuthenticator } from './virtual-authenticator.js';

interface PasskeyTarget {
  name: string;
  /** The demo with passkeys on, at an origin on `localhost` (browsers refuse an IP address as RP ID). */
  serveWithPasskeys: () => Promise<ServedDemo>;
  /** The demo in front of a backend that serves no passkeys. */
  serveWithoutPasskeys: () => Promise<ServedDemo>;
  /** Matches every request a passkey control would send. */
  passkeyRequest: RegExp;
}

const embedded: PasskeyTarget = {
  name: 'its embedded mock',
  serveWithPasskeys: async () => onLocalhost(await serveDemo()),
  // On 127.0.0.1 the demo's in-page mock serves no passkeys: the page could not use them there.
  serveWithoutPasskeys: serveDemo,
  passkeyRequest: /\/auth\/passkeys\//,
};

const proxied: PasskeyTarget = {
  name: 'the proxy (pnpm dev:full)',
  serveWithPasskeys: () => serveProxiedDemo({ passkeysOnLocalhost: true }),
  serveWithoutPasskeys: () => serveProxiedDemo(),
  passkeyRequest: /\/api\/auth\/passkeys\//,
};

const targets: PasskeyTarget[] = [embedded, proxied];

const person = { fullname: 'Pia Passkey', email: 'pia@example.com', password: 'PiaPass123!' };
const member = { email: 'member@example.com', password: 'MemberPass123!', fullname: 'Max Member' };

async function openSignInPage(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

describe.each(targets)('given the notes demo on $name, with passkeys on', (target) => {
  let demo: ServedDemo;
  let browser: Browser;
  let page: Page;
  let authenticator: VirtualAuthenticator;
  let pageErrors: string[] = [];
  const passkeyButton = () => page.getByRole('button', { name: 'Sign in with a passkey' });
  const passkeyList = () => page.getByRole('list', { name: 'Your passkeys' });

  beforeAll(async () => {
    [demo, browser] = await Promise.all([target.serveWithPasskeys(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    pageErrors = collectPageErrors(page);
    authenticator = await addVirtualAuthenticator(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('the sign-in page offers "Sign in with a passkey" and passkeys in the email autofill', async () => {
    await openSignInPage(page, demo.url);
    await passkeyButton().waitFor();
    expect(await page.getByLabel('Email address').getAttribute('autocomplete')).toBe('username webauthn');
  });

  it('a new person signs up and adds a passkey from the account page, reached from the user menu', async () => {
    await signUp(page, person);
    await waitForNotes(page, person.fullname);
    await page.getByRole('button', { name: `Account menu for ${person.fullname}` }).click();
    await page.getByRole('menuitem', { name: 'Passkeys' }).click();
    await page.getByRole('heading', { name: 'Passkeys' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#passkeys');
    await page.getByText('You have no passkeys yet.').waitFor();

    await page.getByLabel('Name (optional)').fill('Work laptop');
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    await page.getByText('Work laptop was added.').waitFor();
    expect(await passkeyList().getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Not used yet'),
    ]);
    expect(await passkeyList().getByRole('listitem').first().textContent()).toContain('Work laptop');
    const held = await authenticator.passkeys();
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ rpId: 'localhost', isResidentCredential: true });
    await screenshot(page, 'passkeys-added-light');
  });

  it('signed out, their passkey waits in the email field’s autofill, and picking it signs them in', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
    await signOut(page, person.fullname);
    await expect.poll(() => authenticator.waitingInAutofill()).toBe(1);
    await authenticator.pickFromAutofill();
    await waitForNotes(page, person.fullname);
  });

  it('signed out, they sign in with the passkey button after typing their email', async () => {
    await signOut(page, person.fullname);
    await page.getByLabel('Email address').fill(person.email);
    await passkeyButton().click();
    await waitForNotes(page, person.fullname);
  });

  it('signed out again, they sign in usernameless: no email typed', async () => {
    await signOut(page, person.fullname);
    expect(await page.getByLabel('Email address').inputValue()).toBe('');
    await passkeyButton().click();
    await waitForNotes(page, person.fullname);
    // The authenticator signed each of the three sign-ins.
    expect((await authenticator.passkeys())[0]?.signCount).toBeGreaterThanOrEqual(3);
  });

  it('another account cannot sign in with their passkey, and signs in with its password instead', async () => {
    await signOut(page, person.fullname);
    await page.getByLabel('Email address').fill(member.email);
    await passkeyButton().click();
    await page.getByText('That passkey was not accepted.', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Password', { exact: true }).fill(member.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The member has no passkey: the demo offers one, and "Not now" moves on.
    const prompt = page.getByRole('heading', { name: 'Add a passkey' });
    await prompt.waitFor();
    expect(await prompt.evaluate((heading) => heading === document.activeElement)).toBe(true);
    await screenshot(page, 'passkey-prompt-light');
    await page.getByRole('button', { name: 'Not now' }).click();
    await waitForNotes(page, member.fullname);
    expect(await authenticator.passkeys()).toHaveLength(1);
  });

  it('the first person renames their passkey, which shows its last use', async () => {
    await signOut(page, member.fullname);
    await passkeyButton().click();
    await waitForNotes(page, person.fullname);
    await openAccountPage(page);
    await page.getByRole('button', { name: 'Rename Work laptop' }).click();
    await page.getByLabel('New name for Work laptop').fill('Desk laptop');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Renamed to Desk laptop.').waitFor();
    const item = passkeyList().getByRole('listitem');
    await expect.poll(() => item.textContent()).toContain('Desk laptop');
    expect(await item.textContent()).toContain('Last used');
  });

  it('they remove it with their password; a wrong one is refused and the passkey stays', async () => {
    await page.getByRole('button', { name: 'Remove Desk laptop' }).click();
    const removal = page.getByRole('form', { name: 'Remove Desk laptop' });
    await removal.getByLabel('Current password').fill('NotMyPass123!');
    await removal.getByRole('button', { name: 'Remove' }).click();
    await page.getByText('The details you entered are not correct.').waitFor();
    expect(await passkeyList().getByRole('listitem').count()).toBe(1);
    await removal.getByLabel('Current password').fill(person.password);
    await removal.getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Desk laptop was removed.').waitFor();
    await page.getByText('You have no passkeys yet.').waitFor();
  });

  it('the passkey the browser still holds no longer signs in; a password sign-in offers a new one', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notes' }).click();
    await signOut(page, person.fullname);
    await passkeyButton().click();
    await page.getByText('That passkey was not accepted.', { exact: false }).waitFor();
    await submitPassword(page, person.email, person.password);
    await page.getByRole('heading', { name: 'Add a passkey' }).waitFor();
    await page.getByRole('button', { name: 'Add a passkey' }).click();
    const status = page.getByRole('status').filter({ hasText: 'was added.' });
    await status.waitFor();
    const continueButton = page.getByRole('button', { name: 'Continue' });
    expect(await continueButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await continueButton.click();
    await waitForNotes(page, person.fullname);

    await signOut(page, person.fullname);
    await passkeyButton().click();
    await waitForNotes(page, person.fullname);
    expect(pageErrors).toEqual([]);
  });
});

describe.each(targets)('given the notes demo on $name, with a backend serving no passkeys', (target) => {
  let demo: ServedDemo;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    [demo, browser] = await Promise.all([target.serveWithoutPasskeys(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    // The browser could run passkeys: only the backend's answer hides them.
    await addVirtualAuthenticator(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows no passkey control anywhere and requests no passkey route', async () => {
    await openSignInPage(page, demo.url);
    expect(await page.getByLabel('Email address').getAttribute('autocomplete')).toBe('username');
    await submitPassword(page, member.email, member.password);
    // No "Add a passkey" prompt on the way: the sign-in ends on the notes.
    await waitForNotes(page, member.fullname);
    await page.getByRole('button', { name: `Account menu for ${member.fullname}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Passkeys' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await openAccountPage(page);
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Passkeys' }).count()).toBe(0);
    await signOut(page, member.fullname);
    expect(await page.getByRole('button', { name: 'Sign in with a passkey' }).count()).toBe(0);
    expect(requests.filter((url) => target.passkeyRequest.test(url))).toEqual([]);
  });
});
