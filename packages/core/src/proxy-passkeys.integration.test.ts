import { createSoftwareAuthenticator, type SoftwareAuthenticator, seededAccounts } from '@authflow-ui/mocks';
import { beforeEach, describe, expect, it } from 'vitest';
import { rejection, requestsTo, useProxyPageHarness } from './test-support/proxy-page-harness.js';
import { softwareWebAuthn } from './test-support/software-web-authn.js';
import { appOrigin, type BrowserLikeFetch } from './test-support/start-proxied-mock.js';

// Passkeys in proxy mode: a page client, the real proxy, the real mock verifying with
// @simplewebauthn/server, and a software authenticator signing real WebAuthn responses.

const { member, mfa } = seededAccounts;
const passkeySettings = { rpName: 'AuthFlow test', rpId: new URL(appOrigin).hostname, origins: [appOrigin] };

const pathsOf = (browser: BrowserLikeFetch) =>
  browser.requests.map((request) => new URL(request.url).pathname.replace('/api/auth', ''));

describe('given a proxy in front of a backend serving passkeys', () => {
  const h = useProxyPageHarness({ passkeys: passkeySettings });
  let device: SoftwareAuthenticator;
  let webAuthn: ReturnType<typeof softwareWebAuthn>;
  beforeEach(() => {
    device = createSoftwareAuthenticator({ origin: appOrigin });
    webAuthn = softwareWebAuthn(device);
  });

  it('capabilities() learns passkeys from the proxy in one request, and loads no WebAuthn library', async () => {
    const { client, browser } = h.pageClient({ webAuthn, factory: 'createProxyAuthClient' });
    await expect(client.capabilities()).resolves.toEqual({ sessions: true, passkeys: true });
    await expect(client.capabilities()).resolves.toEqual({ sessions: true, passkeys: true });
    expect(pathsOf(browser)).toEqual(['/capabilities']);
    expect(webAuthn.loads).toBe(0);
  });

  it('adds, renames and lists a passkey, then signs back in with it after sign-out, holding no token', async () => {
    const { client, browser } = await h.signInWithPassword(member, { webAuthn });
    const added = await client.passkeys.register({ name: ' Laptop ' });
    expect(added.name).toBe('Laptop');
    expect((await client.passkeys.rename({ id: added.id, name: 'Work laptop' })).name).toBe('Work laptop');
    expect((await client.passkeys.list()).map((passkey) => passkey.name)).toEqual(['Work laptop']);
    await client.signOut();
    expect(client.session.getState().status).toBe('signedOut');

    const session = await client.passkeys.signIn();
    expect(session).toMatchObject({ token: null, user: { email: member.email }, twoFactor: 'disabled' });
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', token: null });
    const [used] = await client.passkeys.list();
    expect(used?.lastUsedAt).not.toBeNull();

    const reloaded = h.pageClient({ browser });
    await expect(reloaded.client.loadSession()).resolves.toMatchObject({ user: { email: member.email } });
    const [verify] = requestsTo(browser, '/passkeys/sign-in/verify');
    const sent = await verify?.clone().json();
    expect(Object.keys(sent)).toEqual(['response']);
    for (const request of browser.requests) {
      const body = await request.clone().text();
      expect(body).not.toContain('api_key');
      expect(body).not.toMatch(/"role"|sessionToken/);
    }
  });

  it('records two-factor sign-in as on after a passkey sign-in of an account that has it', async () => {
    const { client, result } = await h.signInWithPassword(mfa, { webAuthn });
    if (result.type !== 'mfa') throw new Error('expected a second-factor challenge');
    await client.mfa.verifyRecoveryCode(result.challenge, h.secret(mfa.recoveryCodes[0] ?? ''));
    await client.passkeys.register();
    await client.signOut();

    const session = await client.passkeys.signIn({ email: mfa.email });
    expect(session.twoFactor).toBe('enabled');
    expect(client.session.getState().twoFactor).toBe('enabled');
  });

  it('removes a passkey only with the password, and signs the account’s other pages out', async () => {
    const here = await h.signInWithPassword(member, { webAuthn });
    const { id } = await here.client.passkeys.register();
    const elsewhere = h.pageClient({ webAuthn: softwareWebAuthn(device) });
    await elsewhere.client.passkeys.signIn();
    expect(elsewhere.client.session.getState().status).toBe('signedIn');

    const wrong = await rejection(here.client.passkeys.remove({ id, password: h.secret('Wrong123!x') }));
    expect(wrong).toMatchObject({ code: 'invalid_credentials', status: 401 });
    expect(await here.client.passkeys.list()).toHaveLength(1);

    await here.client.passkeys.remove({ id, password: h.secret(member.password) });
    expect(await here.client.passkeys.list()).toEqual([]);
    expect(here.client.session.getState().status).toBe('signedIn');
    await expect(elsewhere.client.loadSession()).resolves.toBeNull();
    expect(elsewhere.client.session.getState().status).toBe('signedOut');
  });
});

describe('given a proxy in front of plain AuthFlow', () => {
  const h = useProxyPageHarness();

  it('reports no passkeys, and a passkey sign-in asked anyway is refused as not found', async () => {
    const webAuthn = softwareWebAuthn(createSoftwareAuthenticator({ origin: appOrigin }));
    const { client, browser } = h.pageClient({ webAuthn });
    await expect(client.capabilities()).resolves.toEqual({ sessions: true, passkeys: false });
    const refused = await rejection(client.passkeys.signIn());
    expect(refused).toMatchObject({ code: 'not_found', status: 404 });
    expect(pathsOf(browser)).toEqual(['/capabilities', '/passkeys/sign-in/options']);
    expect(client.session.getState().status).toBe('signedOut');
  });
});
