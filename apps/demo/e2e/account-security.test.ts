/*
 * Devices and re-authentication as `pnpm dev:full` runs them (the demo in proxy mode, the real
 * proxy in front of the mock server), in a real Chromium: one person signed in from two browsers
 * (two contexts, two cookie jars) ends the other's session from the account page, after the
 * proxy's re-authentication window has passed, so the dialog asks for the password first.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium } from './browser.js';
import { submitPassword, waitForNotes } from './demo-actions.js';
import { type ServedDemo, serveProxiedDemo } from './serve-demo.js';

const member = { email: 'member@example.com', password: 'MemberPass123!', fullname: 'Max Member' };
const chromeOnMac =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';
const firefoxOnLinux = 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0';
/** Short, so the journey can outwait it; the default is ten minutes. */
const reauthenticateAfterMs = 4_000;

describe('given the demo through the proxy, signed in from two browsers', () => {
  let demo: ServedDemo;
  let browser: Browser;
  let laptop: BrowserContext;
  let desktop: BrowserContext;
  let here: Page;
  let there: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [demo, browser] = await Promise.all([serveProxiedDemo({ reauthenticateAfterMs }), launchChromium()]);
    laptop = await browser.newContext({ userAgent: chromeOnMac });
    desktop = await browser.newContext({ userAgent: firefoxOnLinux });
    [here, there] = await Promise.all([laptop.newPage(), desktop.newPage()]);
    pageErrors = [...collectPageErrors(here), ...collectPageErrors(there)];
    for (const page of [there, here]) {
      await page.goto(`${demo.url}/sign-in`);
      await submitPassword(page, member.email, member.password);
      await waitForNotes(page, member.fullname);
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('the account page lists both devices, this one first', async () => {
    await here.goto(`${demo.url}/account`);
    const devices = here.getByRole('list', { name: 'Devices' });
    await devices.getByRole('listitem').nth(1).waitFor();
    const items = await devices.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Chrome on macOS');
    expect(items[0]).toContain('This device');
    expect(items[1]).toContain('Firefox on Linux');
  });

  it('after the window, signing the other device out asks for the password, then succeeds', async () => {
    await here.waitForTimeout(reauthenticateAfterMs + 500);
    await here.getByRole('button', { name: 'Sign out Firefox on Linux' }).click();
    const dialog = here.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.waitFor();
    await dialog.getByLabel('Password').fill(member.password);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await here.getByText('Firefox on Linux was signed out.').waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() => here.getByRole('list', { name: 'Devices' }).getByRole('listitem').count())
      .toBe(1);
  });

  it('the other browser’s next visit lands on the sign-in page', async () => {
    await there.goto(`${demo.url}/account`);
    await there.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(there.url()).pathname).toBe('/sign-in');
    expect(pageErrors).toEqual([]);
  });
});
