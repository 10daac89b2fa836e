/*
 * The Next.js example as it runs in production: `next build`, then `next start` on 127.0.0.1 with
 * the mock AuthFlow server behind the proxy mounted at app/api/auth/[...path]/route.ts, driven by
 * the system Chromium.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../apps/demo/e2e/browser.js';
import { freePort } from '../../../apps/demo/e2e/free-port.js';
import { runCommand, waitForOutput } from '../../test-support/child-processes.js';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

let mock: MockServer;
let server: ChildProcess | undefined;
let browser: Browser;
let appUrl = '';
const serverOutput: string[] = [];

beforeAll(async () => {
  // Telemetry off in the scripts too: nothing leaves this machine.
  await runCommand('pnpm', ['run', 'build'], { cwd: appRoot });
  mock = await startMockServer();
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  server = spawn('pnpm', ['exec', 'next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: appRoot,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      AUTHFLOW_BASE_URL: mock.url,
      AUTHFLOW_API_KEY: mock.mock.apiKey,
      APP_URL: appUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it reaches pnpm and the Next.js server alike.
    detached: true,
  });
  await waitForOutput(server, /Ready in/, serverOutput);
  browser = await launchChromium();
}, 480_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid !== undefined && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // The group is already gone.
    }
  }
  await mock?.close();
});

/** Console errors and warnings, and uncaught errors: a hydration mismatch shows up here. */
function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

describe('given a visitor who is signed out', () => {
  it('is redirected from /account by the server, before any HTML is sent', async () => {
    const response = await fetch(`${appUrl}/account`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location') ?? '', appUrl).href).toBe(
      `${appUrl}/sign-in?redirect_url=%2Faccount`,
    );
    // Next.js answers with the target as plain text: no page, no markup.
    expect(await response.text()).not.toContain('<');
  });

  it('gets the sign-in form in the server HTML, not a loading state', async () => {
    const html = await (await fetch(`${appUrl}/sign-in`)).text();
    expect(html).toContain('Email address');
    expect(html).toContain('type="password"');
  });
});

describe('when a member signs in through the page', () => {
  it('lands on /account rendered on the server with their name, hydrates quietly, and signs out to the sign-in page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchConsole(page);
    const member = mock.mock.seeded.member;

    await page.goto(`${appUrl}/account`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Email address').fill(member.email);
    await page.getByLabel('Password', { exact: true }).fill(member.password);
    const accountPage = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/account' && response.request().resourceType() === 'document',
    );
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const accountHtml = await (await accountPage).text();
    expect(accountHtml).toContain(`Hello, <!-- -->${member.fullname}`);
    expect(accountHtml).toContain(member.email);
    await page.getByRole('heading', { name: `Hello, ${member.fullname}` }).waitFor();
    // The cookie is HttpOnly: the page's script cannot read the session.
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // A reload is a fresh server render for the same session.
    const reloaded = await page.reload();
    expect(await reloaded?.text()).toContain(member.fullname);

    await page.getByRole('button', { name: `Account menu for ${member.fullname}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    const afterSignOut = await page.request.get(`${appUrl}/account`, { maxRedirects: 0 });
    expect(afterSignOut.status()).toBe(307);
    expect(problems).toEqual([]);
    await context.close();
  });
});
