/*
 * `pnpm dev:full` as a developer runs it: one command brings up the mock server, the proxy and
 * the demo's dev server in proxy mode, all reachable through the demo's origin, and Ctrl-C stops
 * all three. (The journeys through the same setup run in journey.test.ts and failures.test.ts.)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './free-port.js';

const demoRoot = fileURLToPath(new URL('..', import.meta.url));

function waitForOutput(child: ChildProcess, pattern: RegExp, output: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev:full did not start:\n${output.join('')}`)), 45_000);
    const read = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (pattern.test(output.join(''))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`dev:full exited with ${code}:\n${output.join('')}`)));
  });
}

describe('given pnpm dev:full', () => {
  let child: ChildProcess;
  let demoUrl = '';
  let backendUrls: string[] = [];
  const output: string[] = [];

  beforeAll(async () => {
    const [demoPort, mockPort, proxyPort] = [await freePort(), await freePort(), await freePort()];
    demoUrl = `http://localhost:${demoPort}`;
    backendUrls = [`http://127.0.0.1:${mockPort}/`, `http://127.0.0.1:${proxyPort}/api/auth/session`];
    child = spawn('pnpm', ['run', 'dev:full'], {
      cwd: demoRoot,
      env: {
        ...process.env,
        DEMO_PORT: String(demoPort),
        MOCK_PORT: String(mockPort),
        PROXY_PORT: String(proxyPort),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so stopping it reaches pnpm, tsx and the servers alike.
      detached: true,
    });
    await waitForOutput(child, /Ctrl-C stops all three/, output);
  }, 60_000);

  afterAll(() => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The group is already gone.
    }
  });

  it('prints where each part listens and the seeded accounts', () => {
    const text = output.join('');
    expect(text).toContain(`Demo (proxy mode)  ${demoUrl}/`);
    expect(text).toMatch(/Proxy {14}http:\/\/127\.0\.0\.1:\d+\/api\/auth/);
    expect(text).toContain('member@example.com / MemberPass123!');
  });

  it('serves the demo, and signs in through the proxy on the same origin with an HttpOnly cookie', async () => {
    const page = await fetch(`${demoUrl}/sign-in`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const signIn = await fetch(`${demoUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { origin: demoUrl, 'x-authflow-ui': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'member@example.com', password: 'MemberPass123!' }),
    });
    expect(signIn.status).toBe(200);
    expect(await signIn.json()).toMatchObject({
      type: 'session',
      session: { status: 'signedIn', user: { fullname: 'Max Member' } },
    });
    const [cookie] = signIn.headers.getSetCookie();
    expect(cookie).toMatch(/^__Host-authflow=[A-Za-z0-9_-]{43}; .*HttpOnly; Secure; SameSite=Strict/);
  });

  it('offers passkeys through the proxy, for the localhost page it prints', async () => {
    const capabilities = await fetch(`${demoUrl}/api/auth/capabilities`, {
      method: 'POST',
      headers: { origin: demoUrl, 'x-authflow-ui': '1', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(capabilities.status).toBe(200);
    expect(await capabilities.json()).toEqual({ sessions: true, passkeys: true });
  });

  it('refuses a page from another origin', async () => {
    const response = await fetch(`${demoUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'x-authflow-ui': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'member@example.com', password: 'MemberPass123!' }),
    });
    expect(response.status).toBe(403);
  });

  it("gives the dev inbox the mock server's outbox", async () => {
    await fetch(`${demoUrl}/api/auth/forgot-password`, {
      method: 'POST',
      headers: { origin: demoUrl, 'x-authflow-ui': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@example.com' }),
    });
    const outbox = await fetch(`${demoUrl}/__dev/outbox`);
    expect(outbox.status).toBe(200);
    const messages: { to: string; kind: string; link?: string }[] = await outbox.json();
    const reset = messages.find((message) => message.kind === 'reset-password');
    expect(reset?.to).toBe('owner@example.com');
    expect(reset?.link).toMatch(new RegExp(`^${demoUrl}/reset-password\\?token=[0-9a-f]{64}$`));
  });

  it('when stopped with Ctrl-C (SIGINT to its process group), all three servers stop', async () => {
    for (const url of backendUrls) expect((await fetch(url, { method: 'POST' })).status).toBeGreaterThan(0);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
    await exited;
    const state = (url: string) =>
      fetch(url, { method: 'POST' }).then(
        () => 'listening',
        () => 'stopped',
      );
    for (const url of [`${demoUrl}/sign-in`, ...backendUrls]) {
      await expect.poll(() => state(url), { timeout: 5000, message: url }).toBe('stopped');
    }
  });
});
