import { type ProxyEndpointId, proxyEndpointIds, proxyEndpoints } from '@authflow-ui/contract';
import { describe, expect, it } from 'vitest';
import { createAuthProxy } from './create-auth-proxy.js';
import { appOrigin, browserRequest } from './test-support/browser-request.js';
import { countingFetch } from './test-support/counting-fetch.js';

const credential = {
  id: 'q2n1',
  rawId: 'q2n1',
  type: 'public-key',
  clientExtensionResults: {},
  response: {
    clientDataJSON: 'eyJ9',
    authenticatorData: 'AAAA',
    signature: 'MEUC',
    attestationObject: 'o2Nm',
  },
};

/** A valid body for each endpoint, so only the missing cookie can stop the request. */
const bodies: { readonly [E in ProxyEndpointId]: Record<string, unknown> } = {
  capabilities: {},
  session: {},
  signUp: { email: 'a@example.com', password: 'Pass123!', fullname: 'A' },
  signIn: { email: 'a@example.com', password: 'Pass123!' },
  signOut: {},
  verifyTotp: { code: '123456' },
  sendEmailCode: {},
  verifyEmailCode: { code: '123456' },
  verifyRecoveryCode: { code: 'AB12CD34' },
  enableTwoFactor: {},
  verifyTwoFactorSetup: { code: '123456' },
  disableTwoFactor: { password: 'Pass123!' },
  regenerateRecoveryCodes: { password: 'Pass123!' },
  changePassword: { oldPassword: 'Pass123!', newPassword: 'Pass456!' },
  forgotPassword: { email: 'a@example.com' },
  resetPassword: { token: 'reset-token', newPassword: 'Pass456!' },
  verifyEmail: { token: 'verify-token' },
  resendVerificationEmail: { email: 'a@example.com' },
  deleteUser: { userEmail: 'b@example.com' },
  sessions: {},
  revokeSession: { id: 'another-session' },
  revokeOtherSessions: {},
  reauthenticate: { password: 'Pass123!' },
  reauthenticateSendEmailCode: {},
  reauthenticateVerifyTotp: { code: '123456' },
  reauthenticateVerifyEmailCode: { code: '123456' },
  reauthenticateVerifyRecoveryCode: { code: 'AB12CD34' },
  passkeySignInOptions: {},
  verifyPasskeySignIn: { response: credential },
  passkeyRegistrationOptions: {},
  verifyPasskeyRegistration: { response: credential, name: 'Laptop' },
  listPasskeys: {},
  renamePasskey: { id: 'q2n1', name: 'Laptop' },
  deletePasskey: { id: 'q2n1', password: 'Pass123!' },
};

function proxyWithCounter() {
  const upstream = countingFetch();
  const proxy = createAuthProxy({
    baseUrl: 'http://127.0.0.1:1',
    apiKey: 'af_deadbeefdeadbeefdeadbeefdeadbeef',
    role: 'user',
    allowedOrigins: [appOrigin],
    fetch: upstream.fetch,
  });
  return { proxy, upstream };
}

describe('given a browser without a cookie', () => {
  const needing = (requirement: string) =>
    proxyEndpointIds.filter((id) => proxyEndpoints[id].requires === requirement);

  it.each([...needing('session'), ...needing('recentSession')])(
    '%s answers 401 session_expired without calling AuthFlow',
    async (endpoint) => {
      const { proxy, upstream } = proxyWithCounter();
      const response = await proxy(browserRequest(endpoint, bodies[endpoint]));
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'session_expired' } });
      expect(upstream.paths).toEqual([]);
    },
  );

  it.each(needing('pendingLogin'))('%s answers 401 expired without calling AuthFlow', async (endpoint) => {
    const { proxy, upstream } = proxyWithCounter();
    const response = await proxy(browserRequest(endpoint, bodies[endpoint]));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'expired' } });
    expect(upstream.paths).toEqual([]);
  });

  it('a cookie with a made-up id is the same as none', async () => {
    const { proxy, upstream } = proxyWithCounter();
    const cookie = `__Host-authflow=${'A'.repeat(43)}`;
    const response = await proxy(browserRequest('verifyRecoveryCode', bodies.verifyRecoveryCode, { cookie }));
    expect(response.status).toBe(401);
    expect(upstream.paths).toEqual([]);
  });
});
