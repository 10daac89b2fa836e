/*
 * The Express example: the proxy mounted in Express next to a Vite-built page, with the mock
 * AuthFlow server as the backend, driven by the system Chromium.
 */
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import { createAuthProxy } from '@authflow-ui/proxy';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../apps/demo/e2e/browser.js';
import { freePort } from '../../../apps/demo/e2e/free-port.js';
import { runCommand } from '../../test-support/child-processes.js';
import { createExampleApp } from '../app.js';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

let mock: MockServer;
let server: Server;
let browser: Browser;
let appUrl = '';

beforeAll(async () => {
  await runCommand('pnpm', ['run', 'build'], { cwd: appRoot });
  mock = await startMockServer();
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  const proxy = createAuthProxy({
    baseUrl: mock.url,
    apiKey: mock.mock.apiKey,
    role: 'user',
    allowedOrigins: [appUrl],
  });
  const app = createExampleApp(proxy);
  await new Promise<void>((resolve) => {
    server = app.listen(port, '127.0.0.1', () => resolve());
  });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await mock?.close();
});

describe('when a member opens their account page signed out', () => {
  it('is sent to sign in by the server, comes back signed in, and signs out to the sign-in page', async () => {
    const redirect = await fetch(`${appUrl}/account`, { redirect: 'manual' });
    expect(redirect.status).toBe(303);
    expect(await redirect.text()).not.toContain('<div id="root">');

    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const member = mock.mock.seeded.member;

    await page.goto(`${appUrl}/account`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Email address').fill(member.email);
    await page.getByLabel('Password', { exact: true }).fill(member.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.getByRole('heading', { name: `Hello, ${member.fullname}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await page.getByRole('button', { name: `Account menu for ${member.fullname}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByLabel('Email address').waitFor();
    expect((await fetch(`${appUrl}/account`, { redirect: 'manual' })).status).toBe(303);
    expect(problems).toEqual([]);
    await context.close();
  });
});
