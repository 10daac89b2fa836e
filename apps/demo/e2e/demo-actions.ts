/*
 * What a person does in the demo, step by step: find things by their label or role, type, click,
 * and wait for what they would see. No test reaches into the app's state.
 */
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';

/** A code from an authenticator app holding `secret`; `stepsAhead` reads the app a bit later. */
export function totpCode(secret: string, stepsAhead = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

export async function submitPassword(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Fills and sends the sign-up form (reached from the sign-in page's "Create one"). */
export async function signUp(
  page: Page,
  person: { fullname: string; email: string; password: string },
): Promise<void> {
  await page.getByRole('link', { name: 'Create one' }).click();
  await page.getByRole('heading', { name: 'Create your account' }).waitFor();
  await page.getByLabel('Full name').fill(person.fullname);
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Opens the account page from the main navigation, inside the app (a reload restarts an embedded mock). */
export async function openAccountPage(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' }).click();
  await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
}

/** Waits for the second-factor step after a correct password of a 2FA account. */
export async function waitForSecondStep(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
}

/** Waits until the notes dashboard greets `fullname`. */
export async function waitForNotes(page: Page, fullname: string): Promise<void> {
  await page.getByRole('heading', { name: `Hello, ${fullname}` }).waitFor();
}

/** Signs out from the user menu, as the person `name` would, and waits for the sign-in page. */
export async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Account menu for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

/** Opens the dev inbox (if closed) and returns its panel. */
export async function openInbox(page: Page) {
  const toggle = page.getByRole('button', { name: /^Dev inbox/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('complementary', { name: 'Dev inbox' });
}

export async function closeInbox(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Dev inbox/ });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

/** The newest inbox message of a kind ("Verify email", "Reset password", "Sign-in code") to `email`. */
export async function newestMessage(page: Page, kind: string, email: string) {
  const inbox = await openInbox(page);
  const message = inbox.getByRole('listitem').filter({ hasText: kind }).filter({ hasText: email }).first();
  await message.waitFor();
  return message;
}

/** The six-digit code of the newest "Sign-in code" email to `email`. */
export async function emailedCode(page: Page, email: string): Promise<string> {
  const message = await newestMessage(page, 'Sign-in code', email);
  const code = (await message.locator('code').textContent())?.trim() ?? '';
  await closeInbox(page);
  return code;
}

/** Follows the link of the newest message of `kind` to `email`, inside the app. */
export async function followEmailLink(page: Page, kind: string, email: string): Promise<void> {
  const message = await newestMessage(page, kind, email);
  await message.getByRole('link', { name: 'Open the link' }).click();
  await closeInbox(page);
}

/** Switches the embedded mock's fault through the page's dev hook (`null`: no fault). */
export async function setMockScenario(page: Page, scenario: string | null): Promise<void> {
  await page.evaluate((text) => {
    const hook = window.__authflowMock;
    if (!hook) throw new Error('The demo is not in embedded-mock mode');
    hook.setScenario(text);
  }, scenario);
}
