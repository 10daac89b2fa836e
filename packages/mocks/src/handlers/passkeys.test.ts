import {
  isPasskeyCreationOptions,
  isPasskeyRequestOptions,
  type PasskeyCreationOptions,
  type PasskeyRequestOptions,
  serverMessages,
} from '@authflow-ui/contract';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV_API_KEY, MOCK_ORG_ID } from '../constants.js';
import { seededAccounts } from '../seeded-accounts.js';
import {
  createSoftwareAuthenticator,
  InvalidStateError,
  type SoftwareAuthenticator,
} from '../software-authenticator.js';
import { type MockServer, startMockServer } from '../start-mock-server.js';
import { createTestClock, login, postJson, sessionFor, totpCode } from '../test-support/raw-http.js';

const appOrigin = 'http://localhost:5173';
const settings = { rpName: 'AuthFlow test', rpId: 'localhost', origins: [appOrigin] };
const { member, mfa, owner } = seededAccounts;
const identity = (email: string) => ({ email, org_id: MOCK_ORG_ID, role: 'user' });

describe('given a plain AuthFlow mock (passkeys off, the default)', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer();
  });
  afterAll(() => server.close());

  it('lists no passkeys group and answers 404 on the passkey paths', async () => {
    const document = await (await fetch(`${server.url}/`)).json();
    expect(Object.keys(document.authProduct)).not.toContain('passkeys');
    const response = await postJson(server.url, '/auth/passkeys/login/options', {
      api_key: DEV_API_KEY,
      role: 'user',
    });
    expect(response.status).toBe(404);
    expect((await response.json()).message).toBe(serverMessages.notFound);
  });
});

describe('given a mock serving the passkeys group', () => {
  const clock = createTestClock();
  let server: MockServer;
  let url: string;
  let device: SoftwareAuthenticator;

  beforeAll(async () => {
    server = await startMockServer({ now: clock.now, passkeys: settings });
    url = server.url;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.mock.reset();
    device = createSoftwareAuthenticator({ origin: appOrigin });
  });

  const signedIn = async (account: { email: string; password: string; role: string } = member) => ({
    sessionToken: await sessionFor(url, DEV_API_KEY, account),
    ...identity(account.email),
  });

  async function registrationOptions(session: object): Promise<PasskeyCreationOptions> {
    const response = await postJson(url, '/auth/passkeys/register/options', session);
    expect(response.status).toBe(200);
    const options: unknown = await response.json();
    if (!isPasskeyCreationOptions(options)) throw new Error('registration options of the wrong shape');
    return options;
  }

  async function loginOptions(extra: { email?: string; role?: string } = {}): Promise<PasskeyRequestOptions> {
    const response = await postJson(url, '/auth/passkeys/login/options', {
      api_key: DEV_API_KEY,
      role: 'user',
      ...extra,
    });
    expect(response.status).toBe(200);
    const options: unknown = await response.json();
    if (!isPasskeyRequestOptions(options)) throw new Error('login options of the wrong shape');
    return options;
  }

  const verifyRegistration = (session: object, response: unknown, name?: string) =>
    postJson(url, '/auth/passkeys/register/verify', { ...session, response, ...(name ? { name } : {}) });

  const verifyLogin = (response: unknown, role = 'user') =>
    postJson(url, '/auth/passkeys/login/verify', { api_key: DEV_API_KEY, role, response });

  const list = async (session: object) => {
    const response = await postJson(url, '/auth/passkeys/list', session);
    expect(response.status).toBe(200);
    return (await response.json()).passkeys as { id: string; name: string; lastUsedAt: string | null }[];
  };

  async function addPasskey(session: object, authenticator = device, name = 'Work laptop') {
    const response = await verifyRegistration(
      session,
      await authenticator.register(await registrationOptions(session)),
      name,
    );
    expect(response.status).toBe(200);
    return (await response.json()).passkey as { id: string };
  }

  describe('when it answers GET /', () => {
    it('lists the passkeys group with its seven routes after the four AuthFlow groups', async () => {
      const document = await (await fetch(`${url}/`)).json();
      expect(Object.keys(document.authProduct)).toEqual([
        'session',
        'passwordManagement',
        'emailVerification',
        'twoFactor',
        'passkeys',
      ]);
      expect(document.authProduct.passkeys).toContainEqual({
        method: 'POST',
        path: '/auth/passkeys/login/verify',
      });
      expect(document.authProduct.passkeys).toHaveLength(7);
    });
  });

  describe('when a signed-in member adds a passkey', () => {
    it('offers creation options for a discoverable, user-verified passkey of its own RP', async () => {
      const options = await registrationOptions(await signedIn());
      expect(options.rp).toEqual({ name: 'AuthFlow test', id: 'localhost' });
      expect(options.user.name).toBe(member.email);
      expect(options.user.displayName).toBe(member.fullname);
      expect(options.user.id).not.toContain('member');
      expect(options.authenticatorSelection).toMatchObject({
        residentKey: 'required',
        userVerification: 'required',
      });
      expect(options.timeout).toBe(5 * 60 * 1000);
    });

    it('saves the verified passkey with its name and lists it, never used yet', async () => {
      const session = await signedIn();
      const response = await verifyRegistration(
        session,
        await device.register(await registrationOptions(session)),
        '  Work laptop  ',
      );
      expect(response.status).toBe(200);
      const { passkey } = await response.json();
      expect(passkey).toEqual({
        id: device.credentials[0]?.id,
        name: 'Work laptop',
        createdAt: new Date(clock.now()).toISOString(),
        lastUsedAt: null,
        backedUp: true,
        transports: ['internal', 'hybrid'],
      });
      expect(await list(session)).toEqual([passkey]);
    });

    it('names an unnamed passkey by its place in the list', async () => {
      const session = await signedIn();
      const response = await verifyRegistration(
        session,
        await device.register(await registrationOptions(session)),
      );
      expect((await response.json()).passkey.name).toBe('Passkey 1');
    });

    it('excludes the passkeys it already has, so the same authenticator refuses to register twice', async () => {
      const session = await signedIn();
      const first = await addPasskey(session);
      const options = await registrationOptions(session);
      expect(options.excludeCredentials?.map((descriptor) => descriptor.id)).toEqual([first.id]);
      await expect(device.register(options)).rejects.toBeInstanceOf(InvalidStateError);
    });

    it('answers 409 when an authenticator ignores the exclusion and sends a known credential again', async () => {
      const session = await signedIn();
      const first = await addPasskey(session);
      const again = await device.register(await registrationOptions(session), {
        reuseCredentialId: first.id,
      });
      const response = await verifyRegistration(session, again);
      expect(response.status).toBe(409);
      expect((await response.json()).message).toBe(serverMessages.passkeyExists);
      expect(await list(session)).toHaveLength(1);
    });

    it('accepts each challenge once: the same registration sent twice is refused the second time', async () => {
      const session = await signedIn();
      const credential = await device.register(await registrationOptions(session));
      expect((await verifyRegistration(session, credential)).status).toBe(200);
      const replay = await verifyRegistration(session, credential);
      expect(replay.status).toBe(401);
      expect((await replay.json()).message).toBe(serverMessages.passkeyChallengeInvalid);
    });

    it('refuses a challenge older than 5 minutes, and keeps nothing', async () => {
      const session = await signedIn();
      const options = await registrationOptions(session);
      clock.advance(5 * 60 * 1000 + 1);
      const response = await verifyRegistration(session, await device.register(options));
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe(serverMessages.passkeyChallengeInvalid);
      expect(await list(session)).toEqual([]);
    });

    it('refuses a challenge issued to another account', async () => {
      const memberSession = await signedIn();
      const ownerSession = await signedIn(owner);
      const credential = await device.register(await registrationOptions(memberSession));
      const response = await verifyRegistration(ownerSession, credential);
      expect(response.status).toBe(401);
      expect(await list(ownerSession)).toEqual([]);
    });

    it.each([
      ['from a foreign origin', { origin: 'https://evil.example' }],
      ['for another RP ID', { rpId: 'evil.example' }],
    ])('refuses a ceremony %s', async (_situation, overrides) => {
      const session = await signedIn();
      const response = await verifyRegistration(
        session,
        await device.register(await registrationOptions(session), overrides),
      );
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe(serverMessages.passkeyRejected);
      expect(await list(session)).toEqual([]);
    });

    it('refuses a passkey created without user verification', async () => {
      const session = await signedIn();
      const unverified = createSoftwareAuthenticator({ origin: appOrigin, userVerified: false });
      const response = await verifyRegistration(
        session,
        await unverified.register(await registrationOptions(session)),
      );
      expect(response.status).toBe(401);
      expect(await list(session)).toEqual([]);
    });

    it('answers 400 to a response that is not a WebAuthn credential or an overlong name; a blank name is no name', async () => {
      const session = await signedIn();
      const malformed = await verifyRegistration(session, { id: 'x', type: 'password' });
      expect(malformed.status).toBe(400);
      expect((await malformed.json()).message).toBe(serverMessages.invalidPasskeyResponse);
      const notAnObject = await postJson(url, '/auth/passkeys/register/verify', {
        ...session,
        response: 'x',
      });
      expect(notAnObject.status).toBe(400);
      expect((await notAnObject.json()).message).toBe('Missing required fields: response');
      const credential = await device.register(await registrationOptions(session));
      const unnamed = await verifyRegistration(session, credential, ' '.repeat(3));
      expect(unnamed.status).toBe(200);
      expect((await unnamed.json()).passkey.name).toBe('Passkey 1');
      const tooLong = await postJson(url, '/auth/passkeys/register/verify', {
        ...session,
        response: await device.register(await registrationOptions(session), {
          reuseCredentialId: device.credentials[0]?.id,
        }),
        name: 'n'.repeat(65),
      });
      expect(tooLong.status).toBe(400);
      expect((await tooLong.json()).message).toBe(serverMessages.invalidPasskeyName);
    });

    it('answers 401 without a live session', async () => {
      const response = await postJson(url, '/auth/passkeys/register/options', {
        sessionToken: 'not-a-jwt',
        ...identity(member.email),
      });
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe(serverMessages.invalidSession);
    });
  });

  describe('when someone signs in with a passkey', () => {
    let passkeyId: string;
    beforeEach(async () => {
      passkeyId = (await addPasskey(await signedIn())).id;
    });

    it('signs in usernameless: a session token for the passkey’s owner, and the use recorded', async () => {
      const options = await loginOptions();
      expect(options.allowCredentials ?? []).toEqual([]);
      expect(options.userVerification).toBe('required');
      clock.advance(60_000);
      const response = await verifyLogin(await device.authenticate(options));
      expect(response.status).toBe(200);
      const { token } = await response.json();
      expect(decodeJwt(token)).toMatchObject({ email: member.email, role: 'user', org_id: MOCK_ORG_ID });
      const me = await fetch(`${url}/auth/me?sessionToken=${encodeURIComponent(token)}`);
      expect(me.status).toBe(200);
      const [listed] = await list({ sessionToken: token, ...identity(member.email) });
      expect(listed?.lastUsedAt).toBe(new Date(clock.now()).toISOString());
    });

    it('lists the account’s passkeys when given its email, and answers an unknown email alike', async () => {
      const known = await loginOptions({ email: member.email });
      expect(known.allowCredentials?.map((descriptor) => descriptor.id)).toEqual([passkeyId]);
      const unknown = await loginOptions({ email: 'nobody@example.com' });
      expect(Object.keys(unknown).sort()).toEqual(Object.keys(await loginOptions()).sort());
      expect(unknown.allowCredentials ?? []).toEqual([]);
      const response = await verifyLogin(await device.authenticate(known));
      expect(response.status).toBe(200);
    });

    it('asks no second factor of an account with 2FA: the passkey counts as both', async () => {
      const pending = await (await login(url, DEV_API_KEY, mfa)).json();
      expect(pending.requires2FA).toBe(true);
      const verified = await postJson(url, '/auth/2fa/verify-2fa', {
        tempToken: pending.tempToken,
        ...identity(mfa.email),
        totpCode: totpCode(mfa.totpSecret, clock.now()),
      });
      const mfaSession = { sessionToken: (await verified.json()).token, ...identity(mfa.email) };
      const mfaDevice = createSoftwareAuthenticator({ origin: appOrigin });
      await addPasskey(mfaSession, mfaDevice);
      const response = await verifyLogin(
        await mfaDevice.authenticate(await loginOptions({ email: mfa.email })),
      );
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).not.toHaveProperty('requires2FA');
      expect(decodeJwt(body.token).email).toBe(mfa.email);
      expect(body.twoFactor).toBe('enabled');
    });

    it('says 2FA is off for an account without it', async () => {
      const response = await verifyLogin(await device.authenticate(await loginOptions()));
      expect(response.status).toBe(200);
      expect((await response.json()).twoFactor).toBe('disabled');
    });

    it('refuses a replayed assertion: the challenge is spent', async () => {
      const assertion = await device.authenticate(await loginOptions());
      expect((await verifyLogin(assertion)).status).toBe(200);
      const replay = await verifyLogin(assertion);
      expect(replay.status).toBe(401);
      expect((await replay.json()).message).toBe(serverMessages.passkeyChallengeInvalid);
    });

    it('refuses a signature counter that did not increase (a cloned authenticator)', async () => {
      expect((await verifyLogin(await device.authenticate(await loginOptions()))).status).toBe(200);
      const cloned = await device.authenticate(await loginOptions(), { counter: 1 });
      const response = await verifyLogin(cloned);
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe(serverMessages.passkeyRejected);
    });

    it('refuses a credential it does not know', async () => {
      const stranger = createSoftwareAuthenticator({ origin: appOrigin });
      await stranger.register(await registrationOptions(await signedIn(owner)));
      const response = await verifyLogin(await stranger.authenticate(await loginOptions()));
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe(serverMessages.passkeyRejected);
    });

    it('refuses one account’s passkey for a sign-in asked for another account or role', async () => {
      await addPasskey(await signedIn(owner), createSoftwareAuthenticator({ origin: appOrigin }));
      const forOwner = await loginOptions({ email: owner.email });
      const asOwner = await verifyLogin(await device.authenticate(forOwner, { credentialId: passkeyId }));
      expect(asOwner.status).toBe(401);
      expect((await asOwner.json()).message).toBe(serverMessages.passkeyRejected);
      const forAdmins = await loginOptions({ role: 'admin' });
      const asAdmin = await verifyLogin(await device.authenticate(forAdmins), 'admin');
      expect(asAdmin.status).toBe(401);
    });

    it('refuses a challenge asked for another role than the one verifying', async () => {
      const response = await verifyLogin(await device.authenticate(await loginOptions()), 'admin');
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe(serverMessages.passkeyChallengeInvalid);
    });

    it.each([
      ['from a foreign origin', { origin: 'https://evil.example' }],
      ['for another RP ID', { rpId: 'evil.example' }],
    ])('refuses an assertion %s', async (_situation, overrides) => {
      const response = await verifyLogin(await device.authenticate(await loginOptions(), overrides));
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe(serverMessages.passkeyRejected);
    });

    it('refuses a registration challenge used to sign in', async () => {
      const creation = await registrationOptions(await signedIn());
      const response = await verifyLogin(
        await device.authenticate({ challenge: creation.challenge, rpId: 'localhost' }),
      );
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe(serverMessages.passkeyChallengeInvalid);
    });

    it('answers 401 Invalid api_key to a wrong key, before anything else', async () => {
      const response = await postJson(url, '/auth/passkeys/login/options', {
        api_key: 'af_0123456789abcdef0123456789abcdef',
        role: 'user',
      });
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe(serverMessages.invalidApiKey);
    });

    it('still signs the seeded accounts in with their passwords', async () => {
      const response = await login(url, DEV_API_KEY, member);
      expect((await response.json()).token).toEqual(expect.any(String));
    });
  });

  describe('when a member manages their passkeys', () => {
    let session: Awaited<ReturnType<typeof signedIn>>;
    let passkeyId: string;
    beforeEach(async () => {
      session = await signedIn();
      passkeyId = (await addPasskey(session)).id;
    });

    it('renames a passkey, trimming the name, and refuses an empty one', async () => {
      const renamed = await postJson(url, '/auth/passkeys/rename', {
        ...session,
        id: passkeyId,
        name: ' Phone ',
      });
      expect(renamed.status).toBe(200);
      expect((await renamed.json()).passkey.name).toBe('Phone');
      expect((await list(session))[0]?.name).toBe('Phone');
      const blank = await postJson(url, '/auth/passkeys/rename', { ...session, id: passkeyId, name: '   ' });
      expect(blank.status).toBe(400);
    });

    it('answers 404 for a passkey that is not this account’s', async () => {
      const ownerSession = await signedIn(owner);
      const response = await postJson(url, '/auth/passkeys/rename', {
        ...ownerSession,
        id: passkeyId,
        name: 'Mine now',
      });
      expect(response.status).toBe(404);
      expect((await response.json()).message).toBe(serverMessages.passkeyNotFound);
      const removal = await postJson(url, '/auth/passkeys/delete', {
        ...ownerSession,
        id: passkeyId,
        password: owner.password,
      });
      expect(removal.status).toBe(404);
      expect(await list(session)).toHaveLength(1);
    });

    it('removes a passkey only with the password, after which it no longer signs in', async () => {
      const wrong = await postJson(url, '/auth/passkeys/delete', {
        ...session,
        id: passkeyId,
        password: 'Nope123!x',
      });
      expect(wrong.status).toBe(401);
      expect((await wrong.json()).message).toBe(serverMessages.incorrectPassword);
      expect(await list(session)).toHaveLength(1);
      const removed = await postJson(url, '/auth/passkeys/delete', {
        ...session,
        id: passkeyId,
        password: member.password,
      });
      expect(removed.status).toBe(200);
      expect(await removed.json()).toEqual({ success: true });
      expect(await list(session)).toEqual([]);
      const response = await verifyLogin(await device.authenticate(await loginOptions()));
      expect(response.status).toBe(401);
    });
  });

  describe('when a refused-ceremony scenario is on', () => {
    it('passkey-rejected refuses a valid sign-in and a valid registration', async () => {
      const session = await signedIn();
      await addPasskey(session);
      server.mock.setScenario({ name: 'passkey-rejected' });
      const login = await verifyLogin(await device.authenticate(await loginOptions()));
      expect(login.status).toBe(401);
      expect((await login.json()).message).toBe(serverMessages.passkeyRejected);
      const second = createSoftwareAuthenticator({ origin: appOrigin });
      const registration = await verifyRegistration(
        session,
        await second.register(await registrationOptions(session)),
      );
      expect(registration.status).toBe(401);
    });

    it('passkey-exists answers 409 to a registration, and expired-passkey-challenge 401 to both', async () => {
      const session = await signedIn();
      server.mock.setScenario({ name: 'passkey-exists' });
      const exists = await verifyRegistration(
        session,
        await device.register(await registrationOptions(session)),
      );
      expect(exists.status).toBe(409);
      expect((await exists.json()).message).toBe(serverMessages.passkeyExists);
      server.mock.setScenario({ name: 'expired-passkey-challenge' });
      const options = await loginOptions();
      const expired = await verifyLogin({ ...(await device.authenticate(options)) });
      expect(expired.status).toBe(401);
      expect((await expired.json()).message).toBe(serverMessages.passkeyChallengeInvalid);
    });
  });
});
