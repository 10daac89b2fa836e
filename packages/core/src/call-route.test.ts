import { describe, expect, it } from 'vitest';
import { isAuthError } from './auth-error.js';
import { buildRouteRequest, type CallRouteOptions, callRoute } from './call-route.js';
import { jsonResponse, queryOf, recordingFetch } from './test-support/recording-fetch.js';

const loginParams = {
  foobar: 'f',
  email: 'e@example.com',
  password: 'Pass 123!&=',
  api_key: 'k',
  role: 'user',
};

function optionsFor(respond: () => Response) {
  const recorder = recordingFetch(respond);
  const options: CallRouteOptions = {
    baseUrl: 'http://authflow.test/',
    fetch: recorder.fetch,
    timeoutMs: 1000,
    now: Date.now,
  };
  return { ...recorder, options };
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAuthError(error)) return error.code;
    throw error;
  }
  return 'resolved';
}

describe('buildRouteRequest', () => {
  it('puts query parameters in the URL, encoded, with no body', () => {
    const { url, init } = buildRouteRequest('login', loginParams, 'http://authflow.test/base/');
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('/base/auth/login');
    expect(Object.fromEntries(parsed.searchParams)).toEqual(loginParams);
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
  });

  it('puts body parameters in a JSON body and header parameters in headers', () => {
    const { url, init } = buildRouteRequest(
      'deleteUser',
      {
        Authorization: 'Bearer jwt',
        email_owner: 'o@example.com',
        org_id: 'org',
        user_email: 'm@example.com',
      },
      'http://authflow.test',
    );
    expect(url).toBe('http://authflow.test/auth/deleteUser');
    expect(init.method).toBe('POST');
    const headers = new Headers(init.headers);
    expect(headers.get('authorization')).toBe('Bearer jwt');
    expect(headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({
      email_owner: 'o@example.com',
      org_id: 'org',
      user_email: 'm@example.com',
    });
  });

  it('leaves out an optional parameter that was not given, and anything the route table does not list', () => {
    const params = { identity: 'e@example.com', api_key: 'k', smuggled: 'x' };
    const { url } = buildRouteRequest('fooBar', params, 'http://authflow.test');
    expect(Object.fromEntries(new URL(url).searchParams)).toEqual({
      identity: 'e@example.com',
      api_key: 'k',
    });
  });
});

describe('callRoute', () => {
  it('sends a real Request that does not follow redirects or carry cookies', async () => {
    const { options, requests } = optionsFor(() => jsonResponse(200, { token: 'session' }));
    await expect(callRoute('login', loginParams, options)).resolves.toEqual({ token: 'session' });
    expect(requests[0]?.redirect).toBe('manual');
    expect(requests[0]?.credentials).toBe('omit');
    expect(queryOf(requests[0]!)).toEqual(loginParams);
  });

  describe('given a 200 that is not what the contract promises', () => {
    it('rejects HTML with invalid_response', async () => {
      const { options } = optionsFor(
        () => new Response('<!doctype html><p>Welcome</p>', { headers: { 'content-type': 'text/html' } }),
      );
      expect(await codeOf(callRoute('login', loginParams, options))).toBe('invalid_response');
    });

    it('rejects HTML sent as JSON with invalid_response', async () => {
      const { options } = optionsFor(
        () => new Response('<html></html>', { headers: { 'content-type': 'application/json' } }),
      );
      expect(await codeOf(callRoute('login', loginParams, options))).toBe('invalid_response');
    });

    it('rejects truncated JSON with invalid_response', async () => {
      const { options } = optionsFor(
        () => new Response('{"token":"abc', { headers: { 'content-type': 'application/json' } }),
      );
      expect(await codeOf(callRoute('login', loginParams, options))).toBe('invalid_response');
    });

    it('rejects requires2FA: "false" (a string) with invalid_response rather than signing in', async () => {
      const { options } = optionsFor(() =>
        jsonResponse(200, {
          requires2FA: 'false',
          tempToken: 't',
          email: 'e',
          org_id: 'o',
          role: 'user',
          token: 'x',
        }),
      );
      expect(await codeOf(callRoute('login', loginParams, options))).toBe('invalid_response');
    });

    it('rejects an empty body where a token is due with invalid_response', async () => {
      const { options } = optionsFor(() => new Response(''));
      expect(await codeOf(callRoute('login', loginParams, options))).toBe('invalid_response');
    });

    it('rejects a profile with the wrong types with invalid_response', async () => {
      const { options } = optionsFor(() =>
        jsonResponse(200, { email: 'e', fullname: 1, role: 'user', org_id: 'o' }),
      );
      expect(await codeOf(callRoute('me', { sessionToken: 't' }, options))).toBe('invalid_response');
    });

    it('rejects an HTML page on validate, which documents only "200 when valid"', async () => {
      const { options } = optionsFor(
        () => new Response('<html>ok</html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      );
      expect(await codeOf(callRoute('validate', { sessionToken: 't', email: 'e' }, options))).toBe(
        'invalid_response',
      );
    });
  });

  it.each([
    ['plain text', () => new Response('OK', { headers: { 'content-type': 'text/plain; charset=utf-8' } })],
    ['JSON with fields nobody reads', () => jsonResponse(200, { valid: true, user: { id: 7 } })],
    [
      'text that looks like broken JSON',
      () => new Response('{valid', { headers: { 'content-type': 'application/json' } }),
    ],
  ])('accepts a 200 with %s on validate, which documents only the status', async (_body, respond) => {
    const { options } = optionsFor(respond);
    await expect(callRoute('validate', { sessionToken: 't', email: 'e' }, options)).resolves.toBeUndefined();
  });

  it('accepts an empty 200 on validate', async () => {
    const { options } = optionsFor(() => new Response(null, { status: 200 }));
    await expect(callRoute('validate', { sessionToken: 't', email: 'e' }, options)).resolves.toBeUndefined();
  });

  it('accepts the HTML page verify-email answers with', async () => {
    const { options, requests } = optionsFor(
      () => new Response('<h1>Email verified</h1>', { headers: { 'content-type': 'text/html' } }),
    );
    await expect(callRoute('verifyEmail', { token: 'v' }, options)).resolves.toBe('<h1>Email verified</h1>');
    expect(requests[0]?.headers.get('accept')).toBe('text/html');
  });
});
