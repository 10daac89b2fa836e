import { request as httpRequest } from 'node:http';
import { routeIds, routes, serverMessages } from '@authflow-ui/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_API_KEY } from '../constants.js';
import { type MockServer, startMockServer } from '../start-mock-server.js';
import { fetchFooBar, getWithQuery, postJson } from '../test-support/raw-http.js';

let server: MockServer;
let url: string;

// With the passkeys group on, so its routes are held to the same strictness as AuthFlow's own.
beforeAll(async () => {
  server = await startMockServer({
    passkeys: { rpName: 'AuthFlow test', rpId: 'localhost', origins: ['http://localhost:5173'] },
  });
  url = server.url;
});
afterAll(() => server.close());

const requiredNames = (id: (typeof routeIds)[number]) =>
  routes[id].parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);

/** What `curl -X GET -H 'Content-Type: application/json' -d '<json>'` sends: a GET with a body. */
function getWithJsonBody(path: string, body: unknown): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      `${url}${path}`,
      {
        method: 'GET',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

describe('given any contract route', () => {
  it('answers 405 with an Allow header to the other method', async () => {
    for (const id of routeIds) {
      const { method, path } = routes[id];
      const response =
        method === 'GET' ? await postJson(url, path, {}) : await fetch(`${url}${path}`, { method: 'GET' });
      expect(response.status, path).toBe(405);
      expect(response.headers.get('allow'), path).toBe(method);
      expect(await response.text(), path).toContain(serverMessages.methodNotAllowed);
    }
  });

  it('answers 400 naming every required parameter when none is sent', async () => {
    for (const id of routeIds) {
      const { method, path } = routes[id];
      const response = method === 'GET' ? await getWithQuery(url, path, {}) : await postJson(url, path, {});
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toContain(
        `Missing required fields: ${requiredNames(id).join(', ')}`,
      );
    }
  });

  it('answers 401 Invalid api_key on every route that takes a key', async () => {
    const keyRoutes = routeIds.filter((id) =>
      routes[id].parameters.some((parameter) => parameter.name === 'api_key'),
    );
    expect(keyRoutes).toEqual([
      'fooBar',
      'signUp',
      'login',
      'forgotPassword',
      'resendVerifyEmail',
      'passkeyLoginOptions',
      'verifyPasskeyLogin',
    ]);
    for (const id of keyRoutes) {
      const { method, path } = routes[id];
      const values = Object.fromEntries(
        routes[id].parameters
          .filter((parameter) => parameter.type === 'string')
          .map((parameter) => [parameter.name, parameter.name === 'password' ? 'TestPass123!' : 'x']),
      );
      values.api_key = 'af_0123456789abcdef0123456789abcdef';
      const objects = Object.fromEntries(
        routes[id].parameters
          .filter((parameter) => parameter.type === 'object')
          .map(({ name }) => [name, {}]),
      );
      const response =
        method === 'GET'
          ? await getWithQuery(url, path, values)
          : await postJson(url, path, { ...values, ...objects });
      expect(response.status, path).toBe(401);
      expect((await response.json()).message, path).toBe('Invalid api_key');
    }
  });
});

describe('given parameters sent somewhere the contract does not read them', () => {
  it('answers 400 to a GET route whose parameters travel in a JSON body', async () => {
    const foobar = await fetchFooBar(url, DEV_API_KEY, 'member@example.com');
    const response = await getWithJsonBody('/auth/login', {
      foobar,
      email: 'member@example.com',
      password: 'MemberPass123!',
      api_key: DEV_API_KEY,
      role: 'user',
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).message).toBe(
      'Missing required fields: foobar, email, password, api_key, role',
    );
  });

  it('answers 400 to a POST route whose parameters travel in the query string', async () => {
    const response = await fetch(
      `${url}/auth/forgot-password?${new URLSearchParams({ email: 'member@example.com', api_key: DEV_API_KEY })}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' },
    );
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe('Missing required fields: email, api_key');
  });

  it('answers 400 to a form-encoded, malformed or non-string JSON body', async () => {
    const form = await fetch(`${url}/auth/forgot-password`, {
      method: 'POST',
      body: new URLSearchParams({ email: 'member@example.com', api_key: DEV_API_KEY }),
    });
    expect(form.status).toBe(400);
    const textPlain = await fetch(`${url}/auth/forgot-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ email: 'member@example.com', api_key: DEV_API_KEY }),
    });
    expect(textPlain.status).toBe(400);
    const malformed = await fetch(`${url}/auth/forgot-password`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email":"member@example.com","api_key":',
    });
    expect(malformed.status).toBe(400);
    const numbers = await postJson(url, '/auth/reset-password', { token: 12345, newPassword: 'NewPass123!' });
    expect(numbers.status).toBe(400);
    expect((await numbers.json()).message).toBe('Missing required fields: token');
  });

  it('counts an empty value as missing', async () => {
    const response = await getWithQuery(url, '/auth/me', { sessionToken: '' });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe('Missing required fields: sessionToken');
  });
});
