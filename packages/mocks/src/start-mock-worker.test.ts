import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const pageRoot = fileURLToPath(new URL('./test-support/browser-page/', import.meta.url));
const workerDirectory = fileURLToPath(new URL('../public/', import.meta.url));

// One cache per run: parallel runs of the suite must not share Vite's pre-bundled dependencies.
const cacheDir = join(tmpdir(), `authflow-mocks-worker-test-${process.pid}`);
let vite: ViteDevServer;
let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
  vite = await createServer({
    configFile: false,
    root: pageRoot,
    publicDir: workerDirectory,
    cacheDir,
    logLevel: 'silent',
    resolve: { conditions: ['@authflow-ui/source', 'module', 'browser', 'development|production'] },
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  });
  await vite.listen();
  pageUrl = vite.resolvedUrls?.local[0] ?? '';
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await vite?.close();
  await rm(cacheDir, { recursive: true, force: true });
});

describe('given startMockWorker in Chromium with a path baseUrl', () => {
  it('answers fetch calls from the service worker, with real JWTs and a PNG QR code', async () => {
    const page = await browser.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => document.body.dataset.result !== undefined, undefined, {
      timeout: 30_000,
    });
    const result = JSON.parse((await page.evaluate(() => document.body.dataset.result)) ?? '{}');
    expect(result).toEqual({
      loginStatus: 200,
      tokenParts: 3,
      enableStatus: 200,
      qrCodePrefix: 'data:image/png;base64,',
      limitedStatus: 429,
      retryAfter: '7',
      passthroughStatus: 200,
    });
  }, 60_000);
});
