/*
 * A design review in one command: every screen of the demo at a phone width (390 px) and a
 * desktop width (1280 px), light and dark, on the embedded mock. Writes PNGs to the folder given
 * as the first argument (default `test-results/design-review/`).
 *
 *   pnpm --filter @authflow-ui/demo screenshots [folder]
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.js';
import { submitPassword, waitForNotes, waitForSecondStep } from '../e2e/demo-actions.js';
import { serveDemo } from '../e2e/serve-demo.js';

const folder = resolve(process.argv[2] ?? 'test-results/design-review');
const viewports = [
  { name: '390', width: 390, height: 844 },
  { name: '1280', width: 1280, height: 800 },
] as const;
const themes = ['light', 'dark'] as const;

/** One screen: how to reach it from a fresh page at `origin`. */
interface Screen {
  name: string;
  reach(page: Page, origin: string): Promise<void>;
}

async function signIn(page: Page, origin: string, email: string, password: string, fullname: string) {
  await page.goto(`${origin}/sign-in`);
  await submitPassword(page, email, password);
  await waitForNotes(page, fullname);
}

const openAccount = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
};

const screens: Screen[] = [
  {
    name: 'sign-in',
    reach: async (page, origin) => {
      await page.goto(`${origin}/sign-in`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    },
  },
  {
    name: 'sign-in-focus',
    reach: async (page, origin) => {
      await page.goto(`${origin}/sign-in`);
      await page.getByLabel('Email address').fill('member@example.com');
      await page.getByLabel('Password', { exact: true }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
    },
  },
  {
    name: 'sign-up',
    reach: async (page, origin) => {
      await page.goto(`${origin}/sign-up`);
      await page.getByLabel('Password', { exact: true }).fill('abcdefgh');
    },
  },
  {
    name: 'forgot-password',
    reach: async (page, origin) => {
      await page.goto(`${origin}/forgot-password`);
      await page.getByLabel('Email address').waitFor();
    },
  },
  {
    name: 'mfa-challenge',
    reach: async (page, origin) => {
      await page.goto(`${origin}/sign-in`);
      await submitPassword(page, 'mfa@example.com', 'MfaPass123!');
      await waitForSecondStep(page);
    },
  },
  {
    name: 'notes',
    reach: async (page, origin) => {
      await signIn(page, origin, 'member@example.com', 'MemberPass123!', 'Max Member');
    },
  },
  {
    name: 'user-menu',
    reach: async (page, origin) => {
      await signIn(page, origin, 'member@example.com', 'MemberPass123!', 'Max Member');
      await page.getByRole('button', { name: 'Account menu for Max Member' }).click();
      await page.getByRole('menu').waitFor();
    },
  },
  {
    name: 'account-without-2fa',
    reach: async (page, origin) => {
      await signIn(page, origin, 'member@example.com', 'MemberPass123!', 'Max Member');
      await openAccount(page);
    },
  },
  {
    name: 'account-with-2fa',
    reach: async (page, origin) => {
      await page.goto(`${origin}/sign-in`);
      await submitPassword(page, 'mfa@example.com', 'MfaPass123!');
      await waitForSecondStep(page);
      await page.getByRole('button', { name: 'Use a recovery code' }).click();
      await page.getByLabel('Recovery code').fill('Q3M7X2KD');
      await page.getByRole('button', { name: 'Verify' }).click();
      await waitForNotes(page, 'Mira Mfa');
      await openAccount(page);
    },
  },
  {
    name: 'mfa-setup-scan',
    reach: async (page, origin) => {
      await signIn(page, origin, 'member@example.com', 'MemberPass123!', 'Max Member');
      await openAccount(page);
      await page.getByRole('button', { name: 'Set up two-step verification' }).click();
      await page.locator('[data-af-part="secret"]').waitFor();
    },
  },
  {
    name: 'dev-inbox',
    reach: async (page, origin) => {
      await page.goto(`${origin}/forgot-password`);
      await page.getByLabel('Email address').fill('member@example.com');
      await page.getByRole('button', { name: /reset link/i }).click();
      await page.getByRole('button', { name: /^Dev inbox/ }).click();
      await page.getByRole('complementary', { name: 'Dev inbox' }).getByRole('listitem').first().waitFor();
    },
  },
];

const only = process.argv[3]?.split(',');

async function main() {
  await mkdir(folder, { recursive: true });
  const [demo, browser] = await Promise.all([serveDemo(), launchChromium()]);
  try {
    for (const screen of screens) {
      if (only && !only.includes(screen.name)) continue;
      for (const viewport of viewports) {
        for (const theme of themes) {
          const context = await browser.newContext({
            viewport: { width: viewport.width, height: viewport.height },
            colorScheme: theme,
          });
          const page = await context.newPage();
          try {
            await screen.reach(page, demo.url);
            // The pointer stays where the last click was; a hover there is not the design.
            if (!screen.name.endsWith('focus')) await page.mouse.move(0, 0);
            await page.waitForTimeout(150);
            const path = `${folder}/${screen.name}-${viewport.name}-${theme}.png`;
            await page.screenshot({ path, fullPage: true, animations: 'disabled' });
            console.log(path);
          } catch (error) {
            console.error(`${screen.name} ${viewport.name} ${theme}: ${String(error)}`);
          } finally {
            await context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
    await demo.close();
  }
}

await main();
