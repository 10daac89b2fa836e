import { createSoftwareAuthenticator, type SoftwareAuthenticator, seededAccounts } from '@authflow-ui/mocks';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthClient } from './auth-client.js';
import { createAuthClient } from './create-auth-client.js';
import {
  createPasskeySignInController,
  type PasskeySignInController,
  type PasskeySignInSnapshot,
} from './passkey-sign-in-controller.js';
import type { WebAuthnSource } from './webauthn-browser.js';

const apiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';
const appOrigin = 'http://localhost:5173';
const { member } = seededAccounts;

function softwareWebAuthn(device: SoftwareAuthenticator, autofill: boolean): WebAuthnSource {
  return {
    isAvailable: () => true,
    load: async () => ({
      browserSupportsWebAuthn: () => true,
      browserSupportsWebAuthnAutofill: async () => autofill,
      startRegistration: ({ optionsJSON }) => device.register(optionsJSON),
      startAuthentication: ({ optionsJSON }) => device.authenticate(optionsJSON),
      cancelCeremony: () => {},
    }),
  };
}

async function settled(controller: PasskeySignInController): Promise<PasskeySignInSnapshot> {
  await vi.waitFor(() => expect(controller.getSnapshot().offer.status).not.toBe('checking'));
  return controller.getSnapshot();
}

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const stop of cleanup.splice(0)) stop();
});

function track(client: AuthClient, controller: PasskeySignInController) {
  cleanup.push(
    () => controller.destroy(),
    () => client.destroy(),
  );
  return controller;
}

describe('given plain AuthFlow', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ apiKey });
  });
  afterAll(() => server.close());

  it('hides the passkey offer', async () => {
    const device = createSoftwareAuthenticator({ origin: appOrigin });
    const client = createAuthClient({
      baseUrl: server.url,
      apiKey,
      webAuthn: softwareWebAuthn(device, true),
    });
    const controller = track(client, createPasskeySignInController(client));
    expect((await settled(controller)).offer).toEqual({ status: 'hidden' });
  });
});

describe('given a backend serving passkeys', () => {
  let server: MockServer;
  let device: SoftwareAuthenticator;
  beforeAll(async () => {
    server = await startMockServer({
      apiKey,
      passkeys: { rpName: 'AuthFlow test', rpId: 'localhost', origins: [appOrigin] },
    });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    server.mock.reset();
    device = createSoftwareAuthenticator({ origin: appOrigin });
    const owner = createAuthClient({
      baseUrl: server.url,
      apiKey,
      webAuthn: softwareWebAuthn(device, false),
    });
    await owner.signIn(member);
    await owner.passkeys.register({ name: 'Laptop' });
    owner.destroy();
  });

  it('offers the button and signs in with it', async () => {
    const client = createAuthClient({
      baseUrl: server.url,
      apiKey,
      webAuthn: softwareWebAuthn(device, false),
    });
    const onSignedIn = vi.fn();
    const controller = track(client, createPasskeySignInController(client, { onSignedIn }));
    expect((await settled(controller)).offer).toEqual({ status: 'offered', autofill: false });
    await controller.signIn();
    expect(onSignedIn).toHaveBeenCalledWith(
      expect.objectContaining({ user: expect.objectContaining({ email: member.email }) }),
    );
    expect(client.session.getState().status).toBe('signedIn');
    expect(controller.getSnapshot()).toMatchObject({ pending: false, error: null, signedIn: true });
  });

  it('with the email typed, offers only that account’s passkeys: another account’s passkey is refused', async () => {
    const client = createAuthClient({
      baseUrl: server.url,
      apiKey,
      webAuthn: softwareWebAuthn(device, false),
    });
    const controller = track(client, createPasskeySignInController(client));
    await settled(controller);
    await controller.signIn({ email: seededAccounts.owner.email });
    expect(controller.getSnapshot().error?.code).toBe('passkey_rejected');
    expect(client.session.getState().status).toBe('signedOut');
    await controller.signIn({ email: member.email });
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', user: { email: member.email } });
  });

  it('signs in from the autofill where the browser offers it, with no button press', async () => {
    const client = createAuthClient({
      baseUrl: server.url,
      apiKey,
      webAuthn: softwareWebAuthn(device, true),
    });
    const onSignedIn = vi.fn();
    const controller = track(client, createPasskeySignInController(client, { onSignedIn }));
    expect((await settled(controller)).offer).toEqual({ status: 'offered', autofill: true });
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
  });

  it('shows no error when the person dismisses the prompt, and the backend’s refusal when it refuses', async () => {
    const stranger = createSoftwareAuthenticator({ origin: appOrigin });
    const client = createAuthClient({
      baseUrl: server.url,
      apiKey,
      webAuthn: softwareWebAuthn(stranger, false),
    });
    const controller = track(client, createPasskeySignInController(client));
    await settled(controller);
    await controller.signIn();
    expect(controller.getSnapshot().error).toBeNull();
    server.mock.setScenario({ name: 'passkey-rejected' });
    const known = createAuthClient({
      baseUrl: server.url,
      apiKey,
      webAuthn: softwareWebAuthn(device, false),
    });
    const second = track(known, createPasskeySignInController(known));
    await settled(second);
    await second.signIn();
    expect(second.getSnapshot().error?.code).toBe('passkey_rejected');
    expect(known.session.getState().status).toBe('signedOut');
  });
});
