/*
 * What goes wrong, as a person meets it: wrong secrets, a rate limit, the server vanishing in the
 * middle of a sign-in, and a sign-out in another tab. Real Chromium, real build; once on the
 * embedded mock (a real MSW worker) and once through the real proxy in front of the mock server.
 */
import { parseScenario } from '@authflow-ui/mocks';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectPageErrors, launchChromium, screenshot } from './browser.js';
import {
  openAccountPage,
  setMockScenario,
  signOut,
  submitPassword,
  totpCode,
  waitForNotes,
  waitForSecondStep,
} from './demo-actions.js';
import { onLocalhost, type ServedDemo, serveDemo, serveProxiedDemo } from './serve-demo.js';

const mfa = {
  email: 'mfa@example.com',
  password: 'MfaPass123!',
  secret: 'JBSWY3DPEHPK3PXP',
  name: 'Mira Mfa',
};
const member = { email: 'member@example.com', password: 'MemberPass123!', name: 'Max Member' };

/** A served demo and the dev inbox's powers over its mock. */
interface Stage {
  demo: ServedDemo;
  /** Switches the mock's fault, as the dev inbox's fault menu does. */
  setScenario: (page: Page, scenario: string | null) => Promise<void>;
  /** Every journey starts from the seeded accounts and no fault. */
  reset: () => void;
}

interface Setup {
  name: string;
  start: () => Promise<Stage>;
  screenshots: boolean;
  /**
   * The account page's lists this setup's backend offers (the kit shows only those), and the
   * address of the demo that offers them: passkeys need `localhost`, where a page may use them.
   */
  accountLists: { lists: readonly ('Passkeys' | 'Devices')[]; url: (demo: ServedDemo) => string };
}

const embedded: Setup = {
  name: 'its embedded mock',
  start: async () => ({
    demo: await serveDemo(),
    setScenario: (page, scenario) => setMockScenario(page, scenario),
    // A fresh browser context starts a fresh in-page mock.
    reset: () => undefined,
  }),
  screenshots: true,
  accountLists: { lists: ['Passkeys'], url: (demo) => onLocalhost(demo).url },
};

const proxied: Setup = {
  name: 'the proxy in front of the mock server (pnpm dev:full)',
  start: async () => {
    const demo = await serveProxiedDemo();
    return {
      demo,
      setScenario: async (_page, scenario) => demo.backend.mock.setScenario(parseScenario(scenario)),
      reset: () => demo.backend.mock.reset(),
    };
  },
  screenshots: false,
  accountLists: { lists: ['Devices'], url: (demo) => demo.url },
};

describe.each([embedded, proxied])('given the notes demo on $name', (setup) => {
  let stage: Stage;
  let demo: ServedDemo;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const switchFault = (target: Page, scenario: string | null) => stage.setScenario(target, scenario);
  const shoot = (name: string) => (setup.screenshots ? screenshot(page, name) : Promise.resolve());

  beforeAll(async () => {
    [stage, browser] = await Promise.all([setup.start(), launchChromium()]);
    demo = stage.demo;
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  // A fresh browser profile per journey: no session, no theme choice, a fresh in-page mock.
  beforeEach(async () => {
    stage.reset();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  it('when the password is wrong, it says so, keeps the email and clears the password', async () => {
    await page.goto(`${demo.url}/sign-in`);
    await submitPassword(page, mfa.email, 'NotThePassword1!');
    await page.getByText('The email address or password is not correct.').waitFor();
    expect(await page.getByLabel('Email address').inputValue()).toBe(mfa.email);
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
    await shoot('wrong-password-light');
  });

  it('when the authenticator code is wrong, it says so and the right code still works', async () => {
    await page.goto(`${demo.url}/sign-in`);
    await submitPassword(page, mfa.email, mfa.password);
    await waitForSecondStep(page);
    await page.getByLabel('6-digit code').fill('000000');
    await page.getByText('That code is not correct. Check it and try again.').waitFor();
    await page.getByLabel('6-digit code').fill(totpCode(mfa.secret));
    await waitForNotes(page, mfa.name);
  });

  it('when the server rate-limits sign-in, the countdown runs and the form waits for it', async () => {
    await page.goto(`${demo.url}/sign-in?scenario=rate-limited:3`);
    await submitPassword(page, member.email, member.password);
    await page.getByText(/Too many attempts/).waitFor();
    const timer = page.getByRole('timer');
    await expect.poll(() => timer.textContent()).toMatch(/You can try again in [23] seconds?\./);
    const submit = page.getByRole('button', { name: 'Sign in', exact: true });
    expect(await submit.isDisabled()).toBe(true);
    await shoot('rate-limited-light');
    await expect
      .poll(() => timer.textContent(), { timeout: 3000 })
      .toMatch(/You can try again in 1 second\./);
    // Once the wait is over the person may try again; nothing was re-sent on their behalf.
    await expect.poll(() => submit.isEnabled(), { timeout: 5000 }).toBe(true);
    await switchFault(page, null);
    await submit.click();
    await waitForNotes(page, member.name);
  });

  it('when the server goes down between the password and the code, the code step stays and recovers', async () => {
    await page.goto(`${demo.url}/sign-in`);
    await submitPassword(page, mfa.email, mfa.password);
    await waitForSecondStep(page);
    await switchFault(page, 'network-error');
    await page.getByLabel('6-digit code').fill(totpCode(mfa.secret));
    // Through the proxy the page still reaches the proxy, which passes on that AuthFlow cannot be
    // reached: the person reads the same words either way.
    await page.getByText(/We could not reach the server/).waitFor();
    // Still on the second step, with the code kept for the retry.
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    expect(await page.getByLabel('6-digit code').inputValue()).toBe(totpCode(mfa.secret));
    await shoot('network-error-light');

    await switchFault(page, null);
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForNotes(page, mfa.name);
  });

  it('when the server fails during sign-up, everything typed is still there', async () => {
    await page.goto(`${demo.url}/sign-up?scenario=server-error`);
    await page.getByLabel('Full name').fill('Sam Sample');
    await page.getByLabel('Email address').fill('sam@example.com');
    await page.getByLabel('Password', { exact: true }).fill('SamplePass123!');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(/Something went wrong on our side/).waitFor();
    expect(await page.getByLabel('Full name').inputValue()).toBe('Sam Sample');
    expect(await page.getByLabel('Email address').inputValue()).toBe('sam@example.com');
  });

  it('when a person signs out in one tab, the other tab signs out within 2 seconds', async () => {
    const first = page;
    await first.goto(`${demo.url}/sign-in`);
    await submitPassword(first, member.email, member.password);
    await waitForNotes(first, member.name);

    // The second tab picks up the session this browser keeps: embedded mode stores it locally,
    // the proxied page asks the proxy, whose cookie the tab shares.
    const second = await context.newPage();
    await second.goto(`${demo.url}/notes`);
    await waitForNotes(second, member.name);

    await signOut(first, member.name);
    const started = Date.now();
    await second.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 2000 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(new URL(second.url()).searchParams.get('redirect_url')).toBe('/notes');
  });

  it('when the server cannot be reached, the account page’s lists say why, keep what was typed and recover', async () => {
    const { lists, url } = setup.accountLists;
    const pageErrors = collectPageErrors(page);
    await page.goto(`${url(demo)}/sign-in`);
    await submitPassword(page, member.email, member.password);
    // Where passkeys are offered, the demo first offers the member (who has none) to add one.
    if (lists.includes('Passkeys')) await page.getByRole('button', { name: 'Not now' }).click();
    await waitForNotes(page, member.name);

    await switchFault(page, 'network-error');
    await openAccountPage(page);
    const card = (title: string) =>
      page.locator('[data-af-part="card"]').filter({ has: page.getByRole('heading', { name: title }) });
    for (const title of lists) {
      await card(title)
        .getByText(/We could not reach the server/)
        .waitFor();
    }
    // The rest of the page is still there: no white screen.
    await page.getByRole('heading', { name: 'Profile' }).waitFor();
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    if (lists.includes('Passkeys')) {
      await page.getByLabel('Name (optional)').fill('Spare key');
      await page.getByRole('button', { name: 'Add a passkey' }).click();
      await expect.poll(() => card('Passkeys').getByRole('alert').count()).toBe(2);
      expect(await page.getByLabel('Name (optional)').inputValue()).toBe('Spare key');
    }
    await shoot('account-unreachable-light');

    await switchFault(page, null);
    for (const title of lists) {
      // The list's own alert comes first; the passkey form's failure keeps its own "Try again".
      await card(title).getByRole('button', { name: 'Try again' }).first().click();
    }
    if (lists.includes('Passkeys')) await card('Passkeys').getByText('You have no passkeys yet.').waitFor();
    if (lists.includes('Devices')) {
      await card('Devices').getByRole('list', { name: 'Devices' }).getByRole('listitem').first().waitFor();
    }
    await expect
      .poll(() => page.getByText(/We could not reach the server/).count())
      .toBe(lists.includes('Passkeys') ? 1 : 0);
    expect(pageErrors).toEqual([]);
  });
});
