/*
 * SECURITY.md, guarantee 1: the API key never reaches a browser. A build pointed at a real
 * backend (`VITE_AUTH_URL`) must not carry the mock, its worker or its development key.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from './serve-demo.js';

const devKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function builtText(outDir: string): Promise<string> {
  const texts = await Promise.all((await filesUnder(outDir)).map((file) => readFile(file, 'utf8')));
  return texts.join('\n');
}

describe('given the demo built for a real backend (VITE_AUTH_URL set)', () => {
  let outDir = '';
  beforeAll(async () => {
    outDir = await buildDemo({ VITE_AUTH_URL: 'https://auth.example.test/api/auth' });
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('ships no development API key', async () => {
    expect(await builtText(outDir)).not.toContain(devKey);
  });

  it('ships neither the mock, its MSW worker nor the dev inbox', async () => {
    const files = await filesUnder(outDir);
    expect(files.some((file) => file.endsWith('mockServiceWorker.js'))).toBe(false);
    const text = await builtText(outDir);
    expect(text).not.toContain('Dev inbox');
    expect(text).not.toContain('__authflowMock');
  });

  it('talks to the configured backend', async () => {
    expect(await builtText(outDir)).toContain('https://auth.example.test/api/auth');
  });
});

describe('given the demo built for a proxy (VITE_AUTH_MODE=proxy)', () => {
  let outDir = '';
  beforeAll(async () => {
    outDir = await buildDemo({ VITE_AUTH_URL: '/api/auth', VITE_AUTH_MODE: 'proxy' });
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('ships no development API key and no mock', async () => {
    const text = await builtText(outDir);
    expect(text).not.toContain(devKey);
    expect(text).not.toContain('__authflowMock');
  });
});

describe('given the demo built in embedded-mock mode (the default)', () => {
  let outDir = '';
  beforeAll(async () => {
    outDir = await buildDemo();
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('keeps the mock and its published dev key out of the first page load (a lazy chunk)', async () => {
    const entry = await readFile(join(outDir, 'index.html'), 'utf8');
    const entryScript = /src="\/(assets\/index-[^"]+\.js)"/.exec(entry)?.[1];
    expect(entryScript).toBeDefined();
    const entryCode = await readFile(join(outDir, entryScript ?? ''), 'utf8');
    expect(entryCode).not.toContain(devKey);
    expect(await builtText(outDir)).toContain(devKey);
  });
});
