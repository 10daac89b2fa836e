import { proxyCsrfHeader } from '@authflow-ui/contract';
import { describe, expect, it } from 'vitest';
import { isAuthError } from './auth-error.js';
import { createProxyAuthClient } from './create-proxy-auth-client.js';

describe('given a proxy-only client', () => {
  it('signs in through the proxy wire and never holds a token', async () => {
    const requests: Request[] = [];
    const client = createProxyAuthClient({
      baseUrl: 'http://127.0.0.1:9/api/auth',
      fetch: async (request) => {
        requests.push(request);
        return Response.json({
          type: 'session',
          session: {
            status: 'signedIn',
            user: { email: 'member@example.com', fullname: 'Max Member', role: 'user', orgId: 'org' },
            expiresAt: Date.now() + 60_000,
            twoFactor: 'disabled',
          },
        });
      },
    });

    const result = await client.signIn({ email: 'member@example.com', password: 'MemberPass123!' });

    expect(result.type).toBe('session');
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', token: null });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('http://127.0.0.1:9/api/auth/sign-in');
    expect(request?.headers.get(proxyCsrfHeader)).toBe('1');
    expect(await request?.json()).toEqual({ email: 'member@example.com', password: 'MemberPass123!' });
    client.destroy();
  });

  it('refuses an apiKey smuggled in at run time', () => {
    const options = { baseUrl: '/api/auth', apiKey: 'af_deadbeefdeadbeefdeadbeefdeadbeef' };
    let thrown: unknown;
    try {
      createProxyAuthClient(options);
    } catch (error) {
      thrown = error;
    }
    expect(isAuthError(thrown) && thrown.code).toBe('configuration');
  });
});
