import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ScriptedServer, startScriptedServer } from '../test-support/start-scripted-server.js';

const bin = fileURLToPath(new URL('../../bin/authflow-proxy.js', import.meta.url));
const apiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';
const origin = 'http://localhost:5173';

function run(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [bin], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function waitFor(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`timed out; output: ${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match !== null) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

describe('given the authflow-proxy command configured by environment variables', () => {
  let upstream: ScriptedServer;
  let child: ChildProcess;
  let proxyUrl: string;
  const output: string[] = [];

  beforeAll(async () => {
    upstream = await startScriptedServer();
    upstream.answer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ success: true, message: 'If an account exists...' }));
    });
    child = run({
      AUTHFLOW_BASE_URL: upstream.url,
      AUTHFLOW_API_KEY: apiKey,
      AUTHFLOW_DEFAULT_ROLE: 'detective',
      AUTHFLOW_ALLOWED_ORIGINS: `${origin}, https://app.example.test`,
      PORT: '0',
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const [, url] = await waitFor(child, /AuthFlow proxy listening on (http:\/\/127\.0\.0\.1:\d+)\n/);
    proxyUrl = url ?? '';
  }, 20_000);

  afterAll(async () => {
    child.kill('SIGTERM');
    await exitOf(child);
    await upstream.close();
  });

  it('serves the wire and calls AuthFlow with the key and the role from the environment', async () => {
    const response = await fetch(`${proxyUrl}/api/auth/forgot-password`, {
      method: 'POST',
      headers: { origin, 'x-authflow-ui': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ada@example.com' }),
    });
    expect(response.status).toBe(200);
    const [request] = upstream.requests;
    expect(JSON.parse(request?.body ?? '')).toEqual({
      email: 'ada@example.com',
      api_key: apiKey,
      role: 'detective',
    });
  });

  it('refuses an origin that is not in AUTHFLOW_ALLOWED_ORIGINS', async () => {
    const response = await fetch(`${proxyUrl}/api/auth/session`, {
      method: 'POST',
      headers: { origin: 'http://localhost:3000', 'x-authflow-ui': '1', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });

  it('logs one JSON line per request with no email address or key in it', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = output
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.map((line) => JSON.parse(line))).toContainEqual(
      expect.objectContaining({ event: 'request', endpoint: 'forgotPassword', status: 200 }),
    );
    expect(lines.join('')).not.toContain(apiKey);
    expect(lines.join('')).not.toContain('ada@example.com');
  });
});

describe('given the command without a required variable', () => {
  it('says which one is missing and exits with 1', async () => {
    const child = run({ AUTHFLOW_API_KEY: apiKey, AUTHFLOW_ALLOWED_ORIGINS: origin, PORT: '0' });
    const [message] = await waitFor(child, /AUTHFLOW_BASE_URL is required/);
    expect(message).toBeDefined();
    expect(await exitOf(child)).toBe(1);
  }, 20_000);

  it('refuses a malformed key without printing it', async () => {
    const child = run({
      AUTHFLOW_BASE_URL: 'http://127.0.0.1:1',
      AUTHFLOW_API_KEY: 'af_leaked-secret',
      AUTHFLOW_ALLOWED_ORIGINS: origin,
      PORT: '0',
    });
    let printed = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
    });
    expect(await exitOf(child)).toBe(1);
    expect(printed).toMatch(/apiKey/);
    expect(printed).not.toContain('leaked-secret');
  }, 20_000);
});
