/*
 * The language picker, right to left: a person picks Arabic, the kit's screens speak Arabic and
 * mirror (labels start on the right, the password toggle moves to the left), while codes and
 * email addresses keep reading left to right. Also writes the Arabic screenshots of the docs.
 */
import { arSA } from '@authflow-ui/react/locales/ar-sa';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from './browser.js';
import { totpCode } from './demo-actions.js';
import { type ServedDemo, serveDemo } from './serve-demo.js';

const mfa = { email: 'mfa@example.com', password: 'MfaPass123!', totpSecret: 'JBSWY3DPEHPK3PXP' };

interface Box {
  left: number;
  right: number;
}

/** Where the field's label text and its password toggle sit, against the input's own box. */
async function passwordFieldLayout(page: Page) {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[name="password"]');
    const label = input ? document.querySelector(`label[for="${input.id}"]`) : null;
    const toggle = document.querySelector('[data-af-part="password-toggle"]');
    if (!input || !label || !toggle) throw new Error('The password field is not on the page');
    // The label is a full-width block; where its words sit is the box of its text.
    const text = document.createRange();
    text.selectNodeContents(label);
    const box = (rect: DOMRect) => ({ left: rect.left, right: rect.right });
    return {
      input: box(input.getBoundingClientRect()),
      labelText: box(text.getBoundingClientRect()),
      toggle: box(toggle.getBoundingClientRect()),
    };
  });
}

const centre = (box: Box) => (box.left + box.right) / 2;

describe('given the notes demo in a desktop Chromium', () => {
  let demo: ServedDemo;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [demo, browser] = await Promise.all([serveDemo(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('in English, labels start on the left and the password toggle sits on the right', async () => {
    await page.goto(`${demo.url}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const root = page.locator('[data-af-part="root"]').first();
    expect(await root.getAttribute('dir')).toBeNull();
    const layout = await passwordFieldLayout(page);
    expect(Math.abs(layout.labelText.left - layout.input.left)).toBeLessThan(2);
    expect(layout.labelText.right).toBeLessThan(centre(layout.input));
    expect(centre(layout.toggle)).toBeGreaterThan(centre(layout.input));
  });

  it('when the person picks Arabic, the sign-in screen speaks Arabic and mirrors', async () => {
    await page.getByLabel('Language').selectOption('ar-SA');
    await page.getByRole('heading', { name: arSA.signIn.title }).waitFor();
    const root = page.locator('[data-af-part="root"]').first();
    expect(await root.getAttribute('lang')).toBe('ar-SA');
    expect(await root.getAttribute('dir')).toBe('rtl');

    const layout = await passwordFieldLayout(page);
    expect(Math.abs(layout.labelText.right - layout.input.right)).toBeLessThan(2);
    expect(layout.labelText.left).toBeGreaterThan(centre(layout.input));
    expect(centre(layout.toggle)).toBeLessThan(centre(layout.input));

    const email = page.getByLabel(arSA.fields.emailLabel);
    expect(await email.evaluate((input) => getComputedStyle(input).direction)).toBe('ltr');
    await email.fill(mfa.email);
    await screenshot(page, 'sign-in-rtl-ar');
  });

  it('then the second step keeps its code left to right, in Arabic', async () => {
    await page.reload();
    await page.getByRole('heading', { name: arSA.signIn.title }).waitFor();
    await page.getByLabel(arSA.fields.emailLabel).fill(mfa.email);
    await page.getByLabel(arSA.fields.passwordLabel, { exact: true }).fill(mfa.password);
    await page.getByRole('button', { name: arSA.signIn.submit, exact: true }).click();
    await page.getByRole('heading', { name: arSA.mfaChallenge.totpTitle }).waitFor();
    const code = page.getByLabel(arSA.mfaChallenge.codeLabel);
    expect(await code.evaluate((input) => getComputedStyle(input).direction)).toBe('ltr');
    await code.pressSequentially('123');
    await screenshot(page, 'mfa-challenge-rtl-ar');

    await code.fill(totpCode(mfa.totpSecret));
    await page.getByRole('link', { name: 'Account' }).waitFor();
  });

  it('then new recovery codes show in Arabic, the codes themselves left to right', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
    const card = page.locator('#recovery-codes');
    await card.getByLabel(arSA.fields.passwordLabel, { exact: true }).fill(mfa.password);
    await card.getByRole('button', { name: arSA.recoveryCodes.regenerateConfirm }).click();
    const list = card.getByRole('list', { name: arSA.recoveryCodes.listLabel });
    await list.waitFor();
    expect(await list.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'recovery-codes-rtl-ar');
    expect(pageErrors).toEqual([]);
  });
});
