import { serverMessages } from '@authflow-ui/contract';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchTransport } from './fetch-transport.js';
import { createNodeTransport } from './node-transport.js';
import type { ProxyLogEntry } from './proxy-logger.js';
import { type ScriptedServer, startScriptedServer } from './test-support/start-scripted-server.js';
import { createUpstreamClient } from './upstream-client.js';
import type { UpstreamTransport } from './upstream-transport.js';

const apiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';

const transports: [string, (baseUrl: string) => UpstreamTransport][] = [
  ['node:http (the default)', createNodeTransport],
  ['a fetch the app passes', (baseUrl) => fetchTransport(fetch, baseUrl)],
];

describe.each(transports)(
  'given an upstream client pointed at a scripted AuthFlow, through %s',
  (_name, transportTo) => {
    let server: ScriptedServer;
    let logs: ProxyLogEntry[];

    beforeAll(async () => {
      server = await startScriptedServer();
    });
    afterAll(async () => {
      await server.close();
    });
    afterEach(() => {
      server.requests.length = 0;
    });

    const client = (timeoutMs = 2000) => {
      logs = [];
      return createUpstreamClient({
        transport: transportTo(server.url),
        timeoutMs,
        logger: (entry) => logs.push(entry),
        now: Date.now,
      });
    };

    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      server.answer((_request, response) => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(body));
      });

    describe('when it calls a GET route of the contract', () => {
      it('puts every parameter in the query string and sends no body', async () => {
        json(200, { token: 'a.b.c' });
        const result = await client().call('login', {
          foobar: 'foo-bar-token',
          email: 'ada@example.com',
          password: 'Secret123!',
          api_key: apiKey,
          role: 'user',
        });
        expect(result).toEqual({ outcome: 'ok', body: { token: 'a.b.c' }, status: 200 });
        const [request] = server.requests;
        expect(request?.method).toBe('GET');
        expect(request?.url.pathname).toBe('/auth/login');
        expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
          foobar: 'foo-bar-token',
          email: 'ada@example.com',
          password: 'Secret123!',
          api_key: apiKey,
          role: 'user',
        });
        expect(request?.body).toBe('');
      });
    });

    describe('when it calls a POST route of the contract', () => {
      it('sends a JSON body, and the session as a Bearer header where the contract says so', async () => {
        json(200, { success: true, message: 'User deleted successfully' });
        await client().call(
          'deleteUser',
          { email_owner: 'owner@example.com', org_id: 'org', user_email: 'max@example.com' },
          'session-jwt',
        );
        const [request] = server.requests;
        expect(request?.method).toBe('POST');
        expect(request?.url.search).toBe('');
        expect(request?.headers.authorization).toBe('Bearer session-jwt');
        expect(request?.headers['content-type']).toBe('application/json');
        expect(JSON.parse(request?.body ?? '')).toEqual({
          email_owner: 'owner@example.com',
          org_id: 'org',
          user_email: 'max@example.com',
        });
      });
    });

    describe('when a route the contract documents by its status alone succeeds', () => {
      const changePassword = {
        sessionToken: 'jwt',
        email: 'ada@example.com',
        oldPassword: 'Secret123!',
        newPassword: 'Secret456!',
      };

      it.each([
        ['an empty body', '', 'application/json'],
        ['a JSON body', '{"changed":true}', 'application/json'],
        ['plain text', 'OK', 'text/plain; charset=utf-8'],
      ])('reads a 200 with %s as success', async (_body, text, contentType) => {
        server.answer((_request, response) => {
          response.writeHead(200, { 'content-type': contentType });
          response.end(text);
        });
        expect(await client().call('changePassword', changePassword)).toMatchObject({
          outcome: 'ok',
          status: 200,
        });
      });

      it('still reads a 200 HTML page as an invalid response: a misrouted request changed nothing', async () => {
        server.answer((_request, response) => {
          response.writeHead(200, { 'content-type': 'text/html' });
          response.end('<!doctype html><div id="root"></div>');
        });
        expect(await client().call('changePassword', changePassword)).toMatchObject({
          outcome: 'failed',
          failure: { code: 'invalid_response' },
        });
      });
    });

    describe('when AuthFlow answers with a fault', () => {
      it('reads a 200 with an HTML page as an invalid response, not a success', async () => {
        server.answer((_request, response) => {
          response.writeHead(200, { 'content-type': 'text/html' });
          response.end('<html><body>OK</body></html>');
        });
        const result = await client().call('me', { sessionToken: 'jwt' });
        expect(result).toMatchObject({
          outcome: 'failed',
          failure: { code: 'invalid_response', status: 200 },
        });
      });

      it('reads malformed and truncated JSON as an invalid response', async () => {
        server.answer((_request, response) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end('{"token": "a.b');
        });
        expect(await client().call('me', { sessionToken: 'jwt' })).toMatchObject({
          failure: { code: 'invalid_response' },
        });
      });

      it('reads a body of the wrong shape (requires2FA as a string) as an invalid response', async () => {
        json(200, { requires2FA: 'false', token: 'a.b.c' });
        const result = await client().call('login', {
          foobar: 'f',
          email: 'e',
          password: 'p',
          api_key: apiKey,
          role: 'user',
        });
        expect(result).toMatchObject({ failure: { code: 'invalid_response' } });
      });

      it('does not follow a redirect, which would carry the query string elsewhere', async () => {
        let redirectedTo = 0;
        server.answer((request, response) => {
          if (request.url.pathname === '/elsewhere') {
            redirectedTo += 1;
            response.writeHead(200, { 'content-type': 'application/json' });
            response.end('{"email":"x@example.com","fullname":"X","role":"user","org_id":"o"}');
            return;
          }
          response.writeHead(302, { location: `${server.url}/elsewhere` });
          response.end();
        });
        const result = await client().call('me', { sessionToken: 'jwt' });
        expect(result).toMatchObject({ failure: { code: 'invalid_response', status: 302 } });
        expect(redirectedTo).toBe(0);
      });

      it('reads a 502 HTML page from a gateway as a server fault', async () => {
        server.answer((_request, response) => {
          response.writeHead(502, { 'content-type': 'text/html' });
          response.end('<h1>Bad Gateway</h1>');
        });
        expect(await client().call('me', { sessionToken: 'jwt' })).toMatchObject({
          failure: { code: 'server', status: 502, serverMessage: null },
        });
      });

      it('passes on Retry-After with a 429', async () => {
        json(429, { statusCode: 429, message: serverMessages.tooManyRequests }, { 'retry-after': '17' });
        expect(await client().call('me', { sessionToken: 'jwt' })).toMatchObject({
          failure: { code: 'rate_limited', retryAfter: 17 },
        });
      });

      it('reads answers as core reads them, through the contract’s one classifier', async () => {
        json(429, { statusCode: 429, message: serverMessages.tooManyRequests }, { 'retry-after': '-5' });
        const limited = await client().call('me', { sessionToken: 'jwt' });
        expect(limited).toMatchObject({ failure: { code: 'rate_limited' } });
        expect(limited.outcome === 'failed' && 'retryAfter' in limited.failure).toBe(false);
        json(404, { statusCode: 404, message: serverMessages.notFound });
        expect(await client().call('me', { sessionToken: 'jwt' })).toMatchObject({
          failure: { code: 'not_found' },
        });
        json(401, { statusCode: 401, message: 'Unauthorized' });
        const setup = await client().call('verifyTwoFactorSetup', {
          sessionToken: 'jwt',
          email: 'ada@example.com',
          org_id: 'org-1',
          role: 'user',
          totpCode: '123456',
          secret: 'SECRET',
        });
        expect(setup).toMatchObject({ failure: { code: 'invalid_code' } });
      });

      it('reads an unknown email on sign-in as wrong credentials (enumeration-safe policy)', async () => {
        json(404, { statusCode: 404, message: serverMessages.userNotFound });
        const login = await client().call('login', {
          foobar: 'foo-bar-token',
          email: 'nobody@example.com',
          password: 'Secret123!',
          api_key: apiKey,
          role: 'user',
        });
        expect(login).toMatchObject({ failure: { code: 'invalid_credentials', status: 404 } });
      });

      it('refuses an answer larger than any contract answer', async () => {
        server.answer((_request, response) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ token: 'x'.repeat(2 * 1024 * 1024) }));
        });
        expect(await client().call('me', { sessionToken: 'jwt' })).toMatchObject({
          failure: { code: 'invalid_response' },
        });
      });

      it('reads an answer cut off before its declared length as a network failure', async () => {
        server.answer((_request, response) => {
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
          response.write('{"email":');
          setTimeout(() => response.destroy(), 20);
        });
        expect(await client().call('me', { sessionToken: 'jwt' })).toMatchObject({
          failure: { code: 'network', status: null },
        });
      });

      it('gives up after its timeout and says so', async () => {
        server.answer((_request, response) => {
          setTimeout(() => {
            if (!response.writableEnded) response.end('{}');
          }, 1000);
        });
        const started = Date.now();
        const result = await client(100).call('me', { sessionToken: 'jwt' });
        expect(result).toEqual({
          outcome: 'failed',
          failure: { code: 'timeout', status: null, serverMessage: null },
        });
        expect(Date.now() - started).toBeLessThan(900);
      });
    });

    describe('when AuthFlow cannot be reached', () => {
      it('reports a network failure', async () => {
        const unreachable = createUpstreamClient({
          transport: transportTo('http://127.0.0.1:1'),
          timeoutMs: 2000,
          logger: undefined,
          now: Date.now,
        });
        expect(await unreachable.call('me', { sessionToken: 'jwt' })).toMatchObject({
          failure: { code: 'network', status: null },
        });
      });
    });

    describe('when it logs a call', () => {
      it('logs the route, status, duration and code, and nothing from the URL', async () => {
        json(401, { statusCode: 401, message: serverMessages.incorrectPassword });
        await client().call('login', {
          foobar: 'foo-bar-token',
          email: 'ada@example.com',
          password: 'Secret123!',
          api_key: apiKey,
          role: 'user',
        });
        expect(logs).toEqual([
          {
            event: 'upstream',
            route: 'login',
            status: 401,
            durationMs: expect.any(Number),
            code: 'invalid_credentials',
          },
        ]);
      });
    });

    describe('when it reads the discovery document', () => {
      it('reads GET / leniently, extension groups included, and logs it as discovery', async () => {
        json(200, {
          name: 'AuthFlow',
          authProduct: { session: ['/auth/login'], passkeys: ['POST /auth/passkeys/login/options'] },
        });
        const result = await client().discover();
        expect(result).toMatchObject({
          outcome: 'ok',
          document: { authProduct: { passkeys: [{ method: 'POST' }] } },
        });
        expect(server.requests[0]?.method).toBe('GET');
        expect(server.requests[0]?.url.pathname).toBe('/');
        expect(logs).toEqual([
          { event: 'upstream', route: 'discovery', status: 200, durationMs: expect.any(Number) },
        ]);
      });

      it('reads a 5xx as server, and a page or a document of the wrong shape as invalid_response', async () => {
        json(503, { statusCode: 503, message: 'Down' });
        expect(await client().discover()).toMatchObject({ failure: { code: 'server', status: 503 } });
        server.answer((_request, response) => {
          response.writeHead(200, { 'content-type': 'text/html' });
          response.end('<html></html>');
        });
        expect(await client().discover()).toMatchObject({ failure: { code: 'invalid_response' } });
        json(200, { authProduct: 'all of them' });
        expect(await client().discover()).toMatchObject({ failure: { code: 'invalid_response' } });
      });

      it('follows no redirect', async () => {
        server.answer((_request, response) => {
          response.writeHead(302, { location: 'https://elsewhere.example/' });
          response.end();
        });
        expect(await client().discover()).toMatchObject({ failure: { code: 'invalid_response' } });
      });
    });

    describe('when it sends an extension route’s object parameter', () => {
      it('puts the object in the JSON body next to the strings', async () => {
        json(200, { token: 'a.b.c', twoFactor: 'enabled' });
        const response = {
          id: 'q2n1',
          rawId: 'q2n1',
          type: 'public-key' as const,
          clientExtensionResults: {},
          response: { clientDataJSON: 'eyJ9', authenticatorData: 'AAAA', signature: 'MEUC' },
        };
        const result = await client().call('verifyPasskeyLogin', { api_key: apiKey, role: 'user', response });
        expect(result).toMatchObject({ outcome: 'ok', body: { twoFactor: 'enabled' } });
        expect(JSON.parse(server.requests[0]?.body ?? 'null')).toEqual({
          api_key: apiKey,
          role: 'user',
          response,
        });
      });
    });
  },
);
