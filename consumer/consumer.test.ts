/*
 * The packages as someone who installs them gets them: every package under packages/ is built,
 * packed with `pnpm pack` and installed with npm into a project under the system's temporary
 * folder, with React, Vite and MSW from the registry. Nothing there can reach the workspace's
 * sources, links or tsx, so a missing file in `files`, a wrong `exports` entry, an import of a
 * devDependency or a bin that needs tsx fails here.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, launchChromium } from './browser.js';
import { type Consumer, prepareConsumer } from './prepare-consumer.js';
import { type RunningProcess, startProcess } from './start-process.js';

const run = promisify(execFile);

const member = { email: 'member@example.com', password: 'MemberPass123!' };
const mockApiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';

describe('given every package packed and installed with npm in a project outside the workspace', () => {
  let consumer: Consumer;
  const running: RunningProcess[] = [];

  const bin = (name: string) => join(consumer.directory, 'node_modules', '.bin', name);
  const started = async (...args: Parameters<typeof startProcess>) => {
    const child = await startProcess(...args);
    running.push(child);
    return child;
  };

  beforeAll(async () => {
    consumer = await prepareConsumer();
  });

  afterAll(async () => {
    await Promise.all(running.map((child) => child.stop()));
    await consumer?.remove();
  });

  it('installs each package once, from its tarball, with its built files and no tsx', async () => {
    expect(consumer.packages.map((found) => found.name)).toEqual(
      expect.arrayContaining([
        '@authflow-ui/contract',
        '@authflow-ui/core',
        '@authflow-ui/mocks',
        '@authflow-ui/proxy',
        '@authflow-ui/react',
      ]),
    );
    const installed = join(consumer.directory, 'node_modules', '@authflow-ui');
    expect((await readdir(installed)).sort()).toEqual(
      consumer.packages.map((found) => found.name.split('/')[1]).sort(),
    );
    for (const found of consumer.packages) {
      const directory = join(consumer.directory, 'node_modules', found.name);
      expect(existsSync(join(directory, 'dist', 'index.js')), `${found.name} dist`).toBe(true);
      expect(existsSync(join(directory, 'node_modules', '@authflow-ui')), `${found.name} nested copies`).toBe(
        false,
      );
      const manifest: { dependencies?: Record<string, string> } = JSON.parse(
        await readFile(join(directory, 'package.json'), 'utf8'),
      );
      expect(Object.values(manifest.dependencies ?? {}).join(' ')).not.toContain('workspace:');
    }
    expect(existsSync(join(consumer.directory, 'node_modules', 'tsx'))).toBe(false);
  });

  it('runs core in direct mode, and core through the proxy, against the mock server in Node', async () => {
    const { stdout } = await run(process.execPath, ['node-check.mjs'], {
      cwd: consumer.directory,
      env: consumer.env,
    });
    const report = JSON.parse(stdout);
    expect(report.direct).toEqual({
      signedInAs: member.email,
      holdsToken: true,
      validity: 'valid',
      afterSignOut: 'invalid',
      routeGroups: ['session', 'passwordManagement', 'emailVerification', 'twoFactor'],
    });
    expect(report.proxy).toEqual({
      signedInAs: member.email,
      holdsToken: false,
      reloadedAs: member.email,
      afterSignOut: null,
    });
    const installed = pathToFileURL(join(consumer.directory, 'node_modules')).href;
    for (const resolved of Object.values<string>(report.resolved)) {
      expect(resolved.startsWith(`${installed}/@authflow-ui/`)).toBe(true);
      expect(resolved).toMatch(/\/dist\/[a-z-]+\.js$/);
    }
  });

  // One resolution only: attw checks both Node's and a bundler's in CI, and a full check of the
  // libraries' declarations (skipLibCheck off) is the slow part: about 20 s of CPU, which a busy
  // machine can stretch past the project's two minutes.
  it('type-checks an app on the installed declarations alone, as Node resolves them', async () => {
    const output = await run(bin('tsc'), ['-p', 'tsconfig.json'], {
      cwd: consumer.directory,
      env: consumer.env,
    }).then(
      ({ stdout }) => stdout,
      (error: unknown) =>
        error instanceof Error && 'stdout' in error ? String(error.stdout) : String(error),
    );
    expect(output).toBe('');
  }, 300_000);

  it('runs authflow-mock and authflow-proxy from the installed bins, and signs in through both', async () => {
    const mock = await started(bin('authflow-mock'), [], {
      cwd: consumer.directory,
      env: { ...consumer.env, PORT: '0' },
      ready: /AuthFlow mock listening on (http:\/\/127\.0\.0\.1:\d+)/,
    });
    const discovery = await fetch(`${mock.announced}/`);
    expect(discovery.status).toBe(200);

    const appOrigin = 'http://app.consumer.test';
    const proxy = await started(bin('authflow-proxy'), [], {
      cwd: consumer.directory,
      env: {
        ...consumer.env,
        PORT: '0',
        AUTHFLOW_BASE_URL: mock.announced,
        AUTHFLOW_API_KEY: mockApiKey,
        AUTHFLOW_ALLOWED_ORIGINS: appOrigin,
      },
      ready: /AuthFlow proxy listening on (http:\/\/127\.0\.0\.1:\d+)/,
    });
    const signIn = await fetch(`${proxy.announced}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: appOrigin, 'x-authflow-ui': '1' },
      body: JSON.stringify(member),
    });
    expect(signIn.status).toBe(200);
    expect(await signIn.json()).toMatchObject({
      type: 'session',
      session: { user: { email: member.email } },
    });
    expect(signIn.headers.get('set-cookie')).toMatch(/^__Host-authflow=[^;]+;.*HttpOnly/);

    expect(await proxy.stop()).toBe(0);
    expect(await mock.stop()).toBe(0);
  });

  describe('when a Vite React app is built on the kit and served', () => {
    let browser: Browser;
    let preview: RunningProcess;

    beforeAll(async () => {
      await run(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: consumer.directory, env: consumer.env });
      const port = await freePort();
      [preview, browser] = await Promise.all([
        started(bin('vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
          cwd: consumer.directory,
          env: consumer.env,
          ready: /(http:\/\/127\.0\.0\.1:\d+)\//,
        }),
        launchChromium(),
      ]);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('shows the themed sign-in form and signs a seeded user in, in Chromium, through the mock worker', async () => {
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(preview.announced);

      await page.getByLabel('Email address').fill(member.email);
      await page.getByLabel('Password', { exact: true }).fill(member.password);
      const primary = await page
        .locator('.af-root')
        .first()
        .evaluate((element) => getComputedStyle(element).getPropertyValue('--af-color-primary').trim());
      expect(primary).toBe('#4f46e5');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();

      await page
        .getByRole('status')
        .filter({ hasText: `Signed in as ${member.email}` })
        .waitFor({ timeout: 15_000 });
      expect(pageErrors).toEqual([]);
    });
  });
});
