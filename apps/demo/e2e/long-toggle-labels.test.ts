/*
 * A password toggle's label is as long as its language makes it ("Afficher le mot de passe",
 * "Wachtwoord tonen", "إظهار كلمة المرور"): at a phone width, with a password typed, the label
 * takes its own room beside the text and never sits over it. Also writes the French screenshot
 * of the docs.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from './browser.js';
import { type ServedDemo, serveDemo } from './serve-demo.js';

/** The input's text area (its box less border and padding) and the toggle's box. */
async function passwordFieldBoxes(page: Page) {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[name="password"]');
    const toggle = document.querySelector('[data-af-part="password-toggle"]');
    if (!input || !toggle) throw new Error('The password field is not on the page');
    const rect = input.getBoundingClientRect();
    const style = getComputedStyle(input);
    const px = (value: string) => Number.parseFloat(value);
    const text = {
      left: rect.left + px(style.borderLeftWidth) + px(style.paddingLeft),
      right: rect.right - px(style.borderRightWidth) - px(style.paddingRight),
    };
    const toggleRect = toggle.getBoundingClientRect();
    return {
      text,
      toggle: { left: toggleRect.left, right: toggleRect.right },
      pageWidth: document.documentElement.scrollWidth,
    };
  });
}

describe('given the notes demo at a phone width', () => {
  let demo: ServedDemo;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    [demo, browser] = await Promise.all([serveDemo(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'light' });
    pageErrors = collectPageErrors(page);
    await page.goto(`${demo.url}/sign-in`);
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it.each([
    ['fr-FR', 'Afficher le mot de passe'],
    ['ar-SA', 'إظهار كلمة المرور'],
    ['uk-UA', 'Показати пароль'],
  ])('in %s, the toggle "%s" sits beside the typed password, not over it', async (tag, toggleLabel) => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption(tag);
    const toggle = page.getByRole('button', { name: toggleLabel, exact: true });
    await toggle.waitFor();
    await page.locator('input[name="password"]').fill('a-long-password-that-fills-the-field');

    const boxes = await passwordFieldBoxes(page);
    const overlap =
      Math.min(boxes.text.right, boxes.toggle.right) - Math.max(boxes.text.left, boxes.toggle.left);
    expect(overlap).toBeLessThanOrEqual(0);
    expect(boxes.toggle.right - boxes.toggle.left).toBeGreaterThan(40);
    expect(boxes.pageWidth).toBeLessThanOrEqual(390);
    expect(pageErrors).toEqual([]);
    await screenshot(page, `password-toggle-${tag}-390`);
  });
});
