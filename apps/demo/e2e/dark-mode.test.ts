/*
 * The theme picker: a person chooses Dark, the kit's screens follow, and the choice survives a
 * reload. Also writes the dark screenshots of the main screens.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './browser.js';
import { submitPassword, waitForNotes, waitForSecondStep } from './demo-actions.js';
import { type ServedDemo, serveDemo } from './serve-demo.js';

describe('given the notes demo with the light system theme', () => {
  let demo: ServedDemo;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [demo, browser] = await Promise.all([serveDemo(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const kitColorMode = () => page.locator('[data-af-part="root"]').first().getAttribute('data-af-color-mode');

  it('when the person picks Dark, the sign-in screen turns dark and stays dark after a reload', async () => {
    await page.goto(`${demo.url}/sign-in`);
    await page.getByLabel('Theme').selectOption('dark');
    expect(await kitColorMode()).toBe('dark');
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await kitColorMode()).toBe('dark');
    expect(await page.getByLabel('Theme').inputValue()).toBe('dark');
    await screenshot(page, 'sign-in-dark');
  });

  it('then the other screens are dark too', async () => {
    await page.getByRole('link', { name: 'Create one' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await page.getByLabel('Password', { exact: true }).fill('abcdefgh');
    await screenshot(page, 'sign-up-dark');

    await page.getByRole('link', { name: 'Sign in' }).last().click();
    await submitPassword(page, 'mfa@example.com', 'MfaPass123!');
    await waitForSecondStep(page);
    expect(await kitColorMode()).toBe('dark');
    await screenshot(page, 'mfa-challenge-dark');

    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await page.getByLabel('Recovery code').fill('Q3M7X2KD');
    await page.getByRole('button', { name: 'Verify' }).click();
    await waitForNotes(page, 'Mira Mfa');
    await page.getByLabel('New note').fill('Ship the dark theme');
    await page.getByRole('button', { name: 'Add note' }).click();
    await screenshot(page, 'notes-dark');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    // A sign-in with a second factor means two-step verification is on: the page offers turning it off.
    await page.getByRole('button', { name: 'Turn off two-step verification' }).waitFor();
    await screenshot(page, 'account-dark');
  });
});
