import {
  createSoftwareAuthenticator,
  InvalidStateError,
  NotAllowedError,
  type SoftwareAuthenticator,
  seededAccounts,
} from '@authflow-ui/mocks';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuthClient } from './auth-client.js';
import { AuthError } from './auth-error.js';
import { createAuthClient } from './create-auth-client.js';
import { isPasskeyCancellation } from './is-passkey-cancellation.js';
import { softwareWebAuthn } from './test-support/software-web-authn.js';
import type { WebAuthnBrowser, WebAuthnSource } from './webauthn-browser.js';

const apiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';
const appOrigin = 'http://localhost:5173';
const { member, mfa } = seededAccounts;

async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

const clients: AuthClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

describe('given a backend without the passkeys group (plain AuthFlow)', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ apiKey });
  });
  afterAll(() => server.close());

  it('reports no passkeys, asks discovery once, and never loads the WebAuthn library', async () => {
    const paths: string[] = [];
    const webAuthn = softwareWebAuthn(createSoftwareAuthenticator({ origin: appOrigin }));
    const client = createAuthClient({
      baseUrl: server.url,
      apiKey,
      webAuthn,
      fetch: (request) => {
        paths.push(new URL(request.url).pathname);
        return fetch(request);
      },
    });
    clients.push(client);
    await expect(client.capabilities()).resolves.toEqual({ sessions: false, passkeys: false });
    await expect(client.capabilities()).resolves.toEqual({ sessions: false, passkeys: false });
    expect(paths).toEqual(['/']);
    expect(paths.some((path) => path.includes('passkeys'))).toBe(false);
    expect(webAuthn.loads).toBe(0);
  });
});

describe('given a backend serving the passkeys group', () => {
  let server: MockServer;
  let device: SoftwareAuthenticator;
  let webAuthn: ReturnType<typeof softwareWebAuthn>;

  beforeAll(async () => {
    server = await startMockServer({
      apiKey,
      passkeys: { rpName: 'AuthFlow test', rpId: 'localhost', origins: [appOrigin] },
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.mock.reset();
    device = createSoftwareAuthenticator({ origin: appOrigin });
    webAuthn = softwareWebAuthn(device);
  });

  const newClient = (source: WebAuthnSource = webAuthn) => {
    const client = createAuthClient({ baseUrl: server.url, apiKey, webAuthn: source });
    clients.push(client);
    return client;
  };

  it('reports passkeys from discovery, without loading the WebAuthn library', async () => {
    await expect(newClient().capabilities()).resolves.toEqual({ sessions: false, passkeys: true });
    expect(webAuthn.loads).toBe(0);
  });

  it('adds a passkey, signs out, and signs back in with it usernameless, with no second factor', async () => {
    const client = newClient();
    await client.signIn(member);
    const passkey = await client.passkeys.register({ name: ' Laptop ' });
    expect(passkey.name).toBe('Laptop');
    expect(await client.passkeys.list()).toEqual([passkey]);
    await client.signOut();
    expect(client.session.getState().status).toBe('signedOut');

    const session = await client.passkeys.signIn();
    expect(session.user.email).toBe(member.email);
    expect(session.twoFactor).toBe('disabled');
    expect(client.session.getState().status).toBe('signedIn');
    const [used] = await client.passkeys.list();
    expect(used?.lastUsedAt).not.toBeNull();
  });

  it('signs an account with 2FA in with its passkey at once', async () => {
    const client = newClient();
    const challenged = await client.signIn(mfa);
    if (challenged.type !== 'mfa') throw new Error('expected a 2FA challenge');
    const { TOTP, Secret } = await import('otpauth');
    await client.mfa.verifyTotp(
      challenged.challenge,
      TOTP.generate({ secret: Secret.fromBase32(mfa.totpSecret), timestamp: Date.now() }),
    );
    await client.passkeys.register();
    await client.signOut();
    const session = await client.passkeys.signIn({ email: mfa.email });
    expect(session.user.email).toBe(mfa.email);
    // The passkey skipped the second step; the backend's answer still says 2FA is on.
    expect(session.twoFactor).toBe('enabled');
    expect(client.session.getState().twoFactor).toBe('enabled');
  });

  it('renames and removes a passkey; a removed one no longer signs in', async () => {
    const client = newClient();
    await client.signIn(member);
    const { id } = await client.passkeys.register();
    expect((await client.passkeys.rename({ id, name: 'Phone' })).name).toBe('Phone');
    const wrong = await rejection(client.passkeys.remove({ id, password: 'Wrong123!x' }));
    expect(wrong.code).toBe('invalid_credentials');
    expect(client.session.getState().status).toBe('signedIn');
    await client.passkeys.remove({ id, password: member.password });
    expect(await client.passkeys.list()).toEqual([]);
    await client.signOut();
    expect((await rejection(client.passkeys.signIn())).code).toBe('passkey_rejected');
    expect(client.session.getState().status).toBe('signedOut');
  });

  it('reads the browser refusing a second passkey on the same authenticator as passkey_exists', async () => {
    const client = newClient();
    await client.signIn(member);
    await client.passkeys.register();
    const error = await rejection(client.passkeys.register());
    expect(error.code).toBe('passkey_exists');
    expect(error.cause).toBeInstanceOf(InvalidStateError);
  });

  it('reads a dismissed prompt as passkey_cancelled, a cancellation and not a failure', async () => {
    const client = newClient();
    const error = await rejection(client.passkeys.signIn());
    expect(error.code).toBe('passkey_cancelled');
    expect(error.cause).toBeInstanceOf(NotAllowedError);
    expect(isPasskeyCancellation(error)).toBe(true);
    expect(isPasskeyCancellation(new AuthError('passkey_rejected', 'refused'))).toBe(false);
  });

  it('answers passkey_unsupported in a browser without WebAuthn, before asking the backend', async () => {
    const unsupported = softwareWebAuthn(device, false);
    const client = newClient(unsupported);
    expect(await client.passkeys.support()).toBe('unsupported');
    expect((await rejection(client.passkeys.signIn())).code).toBe('passkey_unsupported');
    expect(unsupported.loads).toBe(0);
  });

  it('reads the backend refusing a ceremony as passkey_rejected, and an old challenge as expired', async () => {
    const client = newClient();
    await client.signIn(member);
    await client.passkeys.register();
    await client.signOut();
    server.mock.setScenario({ name: 'passkey-rejected' });
    expect((await rejection(client.passkeys.signIn())).code).toBe('passkey_rejected');
    server.mock.setScenario({ name: 'expired-passkey-challenge' });
    expect((await rejection(client.passkeys.signIn())).code).toBe('expired');
    expect(client.session.getState().status).toBe('signedOut');
  });

  it('asks for a session before registering, listing or removing', async () => {
    const client = newClient();
    expect((await rejection(client.passkeys.register())).code).toBe('session_expired');
    expect((await rejection(client.passkeys.list())).code).toBe('session_expired');
    expect(webAuthn.loads).toBe(0);
  });

  it('rejects with aborted when the page ends a waiting ceremony', async () => {
    const client = newClient();
    const controller = new AbortController();
    controller.abort();
    expect(
      (await rejection(client.passkeys.signIn({ conditional: true }, { signal: controller.signal }))).code,
    ).toBe('aborted');
  });
});
