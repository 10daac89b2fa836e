import { type ProxyEndpointId, proxyEndpointIds } from '@authflow-ui/contract';
import { describe, expect, it } from 'vitest';
import { createAuthProxy } from './create-auth-proxy.js';
import { appOrigin, browserRequest } from './test-support/browser-request.js';
import { countingFetch } from './test-support/counting-fetch.js';

const credentials = { email: 'member@example.com', password: 'MemberPass123!' };

function proxyWithCounter() {
  const upstream = countingFetch();
  const proxy = createAuthProxy({
    baseUrl: 'http://127.0.0.1:1',
    apiKey: 'af_deadbeefdeadbeefdeadbeefdeadbeef',
    role: 'user',
    allowedOrigins: [appOrigin],
    fetch: upstream.fetch,
    timeoutMs: 500,
  });
  return { proxy, upstream };
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

describe('given a request that did not come from the kit on an allowed page', () => {
  it('refuses a foreign origin with 403 on every endpoint, without calling AuthFlow', async () => {
    const { proxy, upstream } = proxyWithCounter();
    for (const endpoint of proxyEndpointIds) {
      const response = await proxy(browserRequest(endpoint, {}, { origin: 'https://evil.example' }));
      expect(response.status, endpoint).toBe(403);
      expect(await errorOf(response)).toBe('forbidden');
    }
    expect(upstream.paths).toEqual([]);
  });

  it('refuses a POST without an Origin header and one with Origin: null', async () => {
    const { proxy, upstream } = proxyWithCounter();
    expect((await proxy(browserRequest('signIn', credentials, { origin: null }))).status).toBe(403);
    expect((await proxy(browserRequest('signIn', credentials, { origin: 'null' }))).status).toBe(403);
    expect(upstream.paths).toEqual([]);
  });

  it('refuses a request without the custom header, or with another value', async () => {
    const { proxy, upstream } = proxyWithCounter();
    expect((await proxy(browserRequest('signIn', credentials, { csrf: null }))).status).toBe(403);
    expect((await proxy(browserRequest('signIn', credentials, { csrf: 'true' }))).status).toBe(403);
    expect(upstream.paths).toEqual([]);
  });

  it('refuses the bodies an HTML form can send, even from an allowed origin', async () => {
    const { proxy, upstream } = proxyWithCounter();
    const formBodies: [string, BodyInit][] = [
      ['application/x-www-form-urlencoded', 'email=member%40example.com&password=MemberPass123%21'],
      ['text/plain', JSON.stringify(credentials)],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na\r\n--x--',
      ],
    ];
    for (const [contentType, rawBody] of formBodies) {
      // What a form posts: no custom header, so it stops at the CSRF check.
      const fromForm = await proxy(browserRequest('signIn', {}, { contentType, rawBody, csrf: null }));
      expect(fromForm.status, contentType).toBe(403);
      // Even with the header, only JSON is read.
      const withHeader = await proxy(browserRequest('signIn', {}, { contentType, rawBody }));
      expect(withHeader.status, contentType).toBe(415);
      expect(await errorOf(withHeader)).toBe('invalid_request');
    }
    expect(upstream.paths).toEqual([]);
  });

  it('refuses JSON look-alikes and other charsets', async () => {
    const { proxy } = proxyWithCounter();
    for (const contentType of [
      'application/json-seq',
      'application/x-json',
      'application/json; charset=latin1',
    ]) {
      expect((await proxy(browserRequest('signIn', credentials, { contentType }))).status, contentType).toBe(
        415,
      );
    }
    const withCharset = await proxy(
      browserRequest(
        'forgotPassword',
        { email: 'a@example.com' },
        {
          contentType: 'application/json; charset=UTF-8',
        },
      ),
    );
    expect(withCharset.status).not.toBe(415);
  });

  it('answers GET with 405, so no credential can travel in a URL', async () => {
    const { proxy, upstream } = proxyWithCounter();
    const response = await proxy(browserRequest('session', undefined, { method: 'GET' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    expect(upstream.paths).toEqual([]);
  });
});

describe('given a well-formed request with a bad body', () => {
  it('refuses a body over the size cap with 413', async () => {
    const { proxy, upstream } = proxyWithCounter();
    const huge = { email: 'member@example.com', password: 'x'.repeat(100_000) };
    const response = await proxy(browserRequest('signIn', huge));
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toBe('invalid_request');
    expect(upstream.paths).toEqual([]);
  });

  it('refuses a body over the cap that declares no length', async () => {
    const { proxy } = proxyWithCounter();
    const chunks = new TextEncoder().encode(JSON.stringify({ email: 'a', password: 'y'.repeat(40_000) }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunks);
        controller.close();
      },
    });
    const init: RequestInit & { duplex: 'half' } = { body: stream, duplex: 'half' };
    const request = new Request(browserRequest('signIn', {}), init);
    expect((await proxy(request)).status).toBe(413);
  });

  it('refuses malformed JSON, missing fields and fields of the wrong type with 400', async () => {
    const { proxy, upstream } = proxyWithCounter();
    const bodies: [ProxyEndpointId, BodyInit][] = [
      ['signIn', '{"email": "a@example.com",'],
      ['signIn', JSON.stringify({ email: 'a@example.com' })],
      ['signIn', JSON.stringify({ email: 'a@example.com', password: 42 })],
      ['signIn', JSON.stringify({ email: '', password: 'x' })],
      ['signUp', JSON.stringify({ email: 'a@example.com', password: 'x', fullname: 'A', disclaimed: 'yes' })],
      ['session', JSON.stringify([])],
      ['session', ''],
    ];
    for (const [endpoint, rawBody] of bodies) {
      const response = await proxy(browserRequest(endpoint, {}, { rawBody }));
      expect(response.status, String(rawBody)).toBe(400);
    }
    expect(upstream.paths).toEqual([]);
  });

  it('refuses a role, an org id, an API key or a TOTP secret sent by the browser', async () => {
    const { proxy, upstream } = proxyWithCounter();
    const attempts: [ProxyEndpointId, Record<string, string>][] = [
      ['signIn', { ...credentials, role: 'admin' }],
      ['signUp', { ...credentials, fullname: 'Max', role: 'admin' }],
      ['signUp', { ...credentials, fullname: 'Max', org_id: 'another-org' }],
      ['forgotPassword', { email: 'member@example.com', api_key: 'af_00000000000000000000000000000000' }],
      ['verifyTwoFactorSetup', { code: '123456', secret: 'JBSWY3DPEHPK3PXP' }],
      ['verifyRecoveryCode', { code: 'AB12CD34', email: 'member@example.com' }],
    ];
    for (const [endpoint, body] of attempts) {
      const response = await proxy(browserRequest(endpoint, body));
      expect(response.status, `${endpoint} ${Object.keys(body).join()}`).toBe(400);
    }
    expect(upstream.paths).toEqual([]);
  });
});

describe('given a page on another origin of the same site', () => {
  it('answers the CORS preflight for an allowed origin only', async () => {
    const { proxy } = proxyWithCounter();
    const answer = await proxy(
      new Request('http://proxy.test/api/auth/sign-in', {
        method: 'OPTIONS',
        headers: { origin: appOrigin, 'access-control-request-method': 'POST' },
      }),
    );
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('access-control-allow-headers')).toContain('x-authflow-ui');

    const foreign = await proxy(
      new Request('http://proxy.test/api/auth/sign-in', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      }),
    );
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('given a path that names no endpoint', () => {
  it('answers 404 in the error format', async () => {
    const { proxy } = proxyWithCounter();
    const response = await proxy(new Request('http://proxy.test/api/auth/admin', { method: 'POST' }));
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toBe('not_found');
  });
});
