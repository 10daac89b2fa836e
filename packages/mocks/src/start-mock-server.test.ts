import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_API_KEY } from './constants.js';
import { type MockServer, startMockServer } from './start-mock-server.js';
import { login, postJson } from './test-support/raw-http.js';

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

describe('given a request from a local development origin', () => {
  it('reflects the origin and allows credentials', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:6006', 'http://localhost']) {
      const response = await fetch(`${server.url}/`, { headers: { Origin: origin } });
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('vary')).toBe('Origin');
    }
  });

  it('answers a preflight with 204 and the requested headers', async () => {
    const response = await fetch(`${server.url}/auth/deleteUser`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });
});

describe('given a request from any other origin', () => {
  it('grants no CORS headers and refuses the preflight with 403', async () => {
    for (const origin of [
      'https://evil.example',
      'http://localhost.evil.example',
      'https://localhost:5173',
    ]) {
      const simple = await fetch(`${server.url}/`, { headers: { Origin: origin } });
      expect(simple.headers.get('access-control-allow-origin'), origin).toBeNull();
      const preflight = await fetch(`${server.url}/auth/login`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
      expect(preflight.status, origin).toBe(403);
      expect(preflight.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });
});

describe('given the development endpoints and unknown paths', () => {
  it('GET /__dev/outbox lists the messages as JSON, filtered by ?email=', async () => {
    server.mock.reset();
    await postJson(server.url, '/auth/forgot-password', {
      email: 'member@example.com',
      api_key: DEV_API_KEY,
    });
    await postJson(server.url, '/auth/forgot-password', { email: 'owner@example.com', api_key: DEV_API_KEY });
    const all = await (await fetch(`${server.url}/__dev/outbox`)).json();
    expect(all).toHaveLength(2);
    const response = await fetch(
      `${server.url}/__dev/outbox?email=${encodeURIComponent('owner@example.com')}`,
    );
    expect(response.headers.get('content-type')).toBe('application/json');
    const [message] = await response.json();
    expect(message).toMatchObject({ to: 'owner@example.com', kind: 'reset-password' });
    expect(message.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('POST /__dev/scenario switches the fault by name and clears it with null', async () => {
    server.mock.reset();
    const switchTo = (scenario: unknown) =>
      fetch(`${server.url}/__dev/scenario`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenario }),
      });
    expect((await switchTo('server-error')).status).toBe(200);
    const failing = await postJson(server.url, '/auth/forgot-password', {
      email: 'member@example.com',
      api_key: DEV_API_KEY,
    });
    expect(failing.status).toBe(500);

    const unknown = await switchTo('meteor-strike');
    expect(unknown.status).toBe(400);
    expect((await switchTo(null)).status).toBe(200);
    const working = await postJson(server.url, '/auth/forgot-password', {
      email: 'member@example.com',
      api_key: DEV_API_KEY,
    });
    expect(working.status).toBe(200);
  });

  it('answers a JSON 404 outside the contract', async () => {
    for (const path of ['/nowhere', '/auth/fooBar/extra', '/auth/2fa/unknown']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.json(), path).toEqual({
        statusCode: 404,
        message: 'Not found',
        error: 'Not Found',
      });
    }
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const response = await fetch(`${server.url}/auth/forgot-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'x'.repeat(1024 * 1024 + 1), api_key: DEV_API_KEY }),
    });
    expect(response.status).toBe(413);
  });
});

describe('given startMockServer options', () => {
  it('serves under the path of baseUrl', async () => {
    const prefixed = await startMockServer({ baseUrl: '/authflow' });
    try {
      expect(prefixed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/authflow$/);
      expect((await login(prefixed.url, DEV_API_KEY, prefixed.mock.seeded.member)).status).toBe(200);
      expect((await fetch(`${new URL(prefixed.url).origin}/auth/fooBar`)).status).toBe(404);
    } finally {
      await prefixed.close();
    }
  });

  it('listens on the given port of 127.0.0.1 and stops listening on close()', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
      });
    });
    const fixed = await startMockServer({ port });
    expect(fixed.url).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(`${fixed.url}/`)).status).toBe(200);
    await fixed.close();
    await expect(fetch(`${fixed.url}/`)).rejects.toThrow(TypeError);
  });
});
