/*
 * The account page tells the truth about two-step verification, on the embedded mock and
 * through the real proxy: a member without it sees only set-up; after set-up, only turning off
 * and recovery codes, in a second tab too (and after a reload, through the proxy); after turning
 * off, set-up again. At 390 px, so the phone layout is exercised.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from './browser.js';
import { submitPassword, totpCode, waitForNotes } from './demo-actions.js';
import { type ServedDemo, serveDemo, serveProxiedDemo } from './serve-demo.js';

const member = { email: 'member@example.com', password: 'MemberPass123!', fullname: 'Max Member' };

const setups = [
  { name: 'its embedded mock', proxied: false, serve: serveDemo },
  { name: 'the proxy in front of the mock server (pnpm dev:full)', proxied: true, serve: serveProxiedDemo },
];

/** What the account page offers for two-step verification, as a person sees it. */
async function offers(page: Page) {
  const count = (name: string) => page.getByRole('button', { name, exact: true }).count();
  return {
    setUp: await count('Set up two-step verification'),
    turnOff: await count('Turn off two-step verification'),
    newRecoveryCodes: await count('Create new codes'),
  };
}

async function openAccount(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
}

async function userMenuItems(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: `Account menu for ${member.fullname}` }).click();
  const items = (await page.getByRole('menuitem').allTextContents()).map((item) => item.trim());
  await page.keyboard.press('Escape');
  return items;
}

describe.each(setups)('given the notes demo on $name', ({ proxied, serve }) => {
  let demo: ServedDemo;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let secondTab: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [demo, browser] = await Promise.all([serve(), launchChromium()]);
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('a member without two-step verification is offered set-up alone, and no recovery codes', async () => {
    await page.goto(`${demo.url}/sign-in`);
    await submitPassword(page, member.email, member.password);
    await waitForNotes(page, member.fullname);
    await openAccount(page);

    await page.getByRole('button', { name: 'Set up two-step verification' }).waitFor();
    expect(await offers(page)).toEqual({ setUp: 1, turnOff: 0, newRecoveryCodes: 0 });
    expect(await page.getByRole('heading', { name: /recovery codes/i }).count()).toBe(0);
    expect(await userMenuItems(page)).toEqual([
      'Two-step verification',
      // Only the proxy keeps sessions; against AuthFlow itself the kit offers no device list.
      ...(proxied ? ['Devices'] : []),
      'Change password',
      'Sign out',
    ]);

    secondTab = await context.newPage();
    await secondTab.goto(`${demo.url}/account`);
    await secondTab.getByRole('button', { name: 'Set up two-step verification' }).waitFor();
    expect(await offers(secondTab)).toEqual({ setUp: 1, turnOff: 0, newRecoveryCodes: 0 });
  });

  it('after set-up, only turning off and recovery codes are offered, in this tab and the other', async () => {
    await page.getByRole('button', { name: 'Set up two-step verification' }).click();
    const secretText = page.locator('[data-af-part="secret"]');
    await secretText.waitFor();
    const secret = ((await secretText.textContent()) ?? '').replace(/\s/g, '');
    await page.getByLabel('6-digit code from the app').fill(totpCode(secret));
    await page.getByRole('list', { name: 'Your recovery codes' }).waitFor();
    await page.getByLabel('I have saved these codes').check();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Two-step verification is on').first().waitFor();

    expect(await offers(page)).toEqual({ setUp: 0, turnOff: 1, newRecoveryCodes: 1 });
    expect(await userMenuItems(page)).toEqual([
      'Two-step verification',
      'Recovery codes',
      ...(proxied ? ['Devices'] : []),
      'Change password',
      'Sign out',
    ]);
    await secondTab.getByRole('button', { name: 'Turn off two-step verification' }).waitFor();
    expect(await offers(secondTab)).toEqual({ setUp: 0, turnOff: 1, newRecoveryCodes: 1 });
  });

  // The embedded mock starts afresh with each page load; through the proxy the backend stays.
  it.runIf(proxied)('a reload asks the proxy, which knows it is on', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Turn off two-step verification' }).waitFor();
    expect(await offers(page)).toEqual({ setUp: 0, turnOff: 1, newRecoveryCodes: 1 });
  });

  it('after turning it off with the password, set-up alone is offered again, in this tab and the other', async () => {
    await page.getByRole('button', { name: 'Turn off two-step verification' }).click();
    await page.locator('#two-step').getByLabel('Password', { exact: true }).fill(member.password);
    await page.getByRole('button', { name: 'Turn off', exact: true }).click();
    await page.getByText('Two-step verification is off.').waitFor();

    expect(await offers(page)).toEqual({ setUp: 1, turnOff: 0, newRecoveryCodes: 0 });
    await secondTab.getByRole('button', { name: 'Set up two-step verification' }).waitFor();
    expect(await offers(secondTab)).toEqual({ setUp: 1, turnOff: 0, newRecoveryCodes: 0 });
  });

  it.runIf(proxied)('a reload still shows set-up alone', async () => {
    await page.reload();
    await page.getByRole('button', { name: 'Set up two-step verification' }).waitFor();
    expect(await offers(page)).toEqual({ setUp: 1, turnOff: 0, newRecoveryCodes: 0 });
  });

  it('then the browser reported no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
