import {
  createSoftwareAuthenticator,
  NotAllowedError,
  type SoftwareAuthenticator,
  seededAccounts,
} from '@authflow-ui/mocks';
import { type MockServer, startMockServer } from '@authflow-ui/mocks/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthClient } from './auth-client.js';
import { createAuthClient } from './create-auth-client.js';
import { createPasskeyPromptController, type PasskeyPromptController } from './passkey-prompt-controller.js';
import type { PasskeyPromptState } from './passkey-prompt-flow.js';
import type { FetchFunction } from './send-request.js';
import type { WebAuthnSource } from './webauthn-browser.js';

const apiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';
const appOrigin = 'http://localhost:5173';
const { member } = seededAccounts;

function softwareWebAuthn(device: SoftwareAuthenticator): WebAuthnSource {
  return {
    isAvailable: () => true,
    load: async () => ({
      browserSupportsWebAuthn: () => true,
      browserSupportsWebAuthnAutofill: async () => false,
      startRegistration: ({ optionsJSON }) => device.register(optionsJSON),
      startAuthentication: ({ optionsJSON }) => device.authenticate(optionsJSON),
      cancelCeremony: () => {},
    }),
  };
}

/** A person who closes the browser's prompt every time. */
const closingWebAuthn: WebAuthnSource = {
  isAvailable: () => true,
  load: async () => ({
    browserSupportsWebAuthn: () => true,
    browserSupportsWebAuthnAutofill: async () => false,
    startRegistration: async () => {
      throw new NotAllowedError('The operation either timed out or was not allowed.');
    },
    startAuthentication: async () => {
      throw new NotAllowedError('The operation either timed out or was not allowed.');
    },
    cancelCeremony: () => {},
  }),
};

const noWebAuthn: WebAuthnSource = {
  isAvailable: () => false,
  load: () => Promise.reject(new Error('no WebAuthn here')),
};

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const stop of cleanup.splice(0)) stop();
});

/** Paths the client asked for, in order. */
function recordingFetch(paths: string[]): FetchFunction {
  return (request) => {
    paths.push(new URL(request.url).pathname);
    return globalThis.fetch(request);
  };
}

async function signedInClient(server: MockServer, webAuthn: WebAuthnSource, paths: string[] = []) {
  const client = createAuthClient({ baseUrl: server.url, apiKey, webAuthn, fetch: recordingFetch(paths) });
  cleanup.push(() => client.destroy());
  await client.signIn(member);
  paths.length = 0;
  return client;
}

function prompt(client: AuthClient, onFinished = vi.fn()) {
  const controller = createPasskeyPromptController(client, { onFinished });
  cleanup.push(() => controller.destroy());
  return { controller, onFinished };
}

async function settled(controller: PasskeyPromptController): Promise<PasskeyPromptState> {
  await vi.waitFor(() => expect(controller.getSnapshot().status).not.toBe('checking'));
  return controller.getSnapshot();
}

describe('given plain AuthFlow', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ apiKey });
  });
  afterAll(() => server.close());

  it('finishes at once without a prompt, asking only discovery', async () => {
    const paths: string[] = [];
    const client = await signedInClient(
      server,
      softwareWebAuthn(createSoftwareAuthenticator({ origin: appOrigin })),
      paths,
    );
    const { controller, onFinished } = prompt(client);
    expect(await settled(controller)).toEqual({ status: 'finished', outcome: 'notOffered' });
    expect(onFinished).toHaveBeenCalledExactlyOnceWith('notOffered');
    expect(paths).toEqual(['/']);
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
  beforeEach(() => {
    server.mock.reset();
    device = createSoftwareAuthenticator({ origin: appOrigin });
  });

  it('offers a passkey to an account without one; adding it confirms, then finishes', async () => {
    const client = await signedInClient(server, softwareWebAuthn(device));
    const { controller, onFinished } = prompt(client);
    expect(await settled(controller)).toEqual({ status: 'offered', error: null });
    await controller.add({ name: 'Work laptop' });
    expect(controller.getSnapshot()).toMatchObject({ status: 'added', passkey: { name: 'Work laptop' } });
    expect(onFinished).not.toHaveBeenCalled();
    controller.finish();
    expect(onFinished).toHaveBeenCalledExactlyOnceWith('added');
    expect((await client.passkeys.list()).map((passkey) => passkey.name)).toEqual(['Work laptop']);
  });

  it('does not prompt an account that already has a passkey', async () => {
    const client = await signedInClient(server, softwareWebAuthn(device));
    await client.passkeys.register({ name: 'Phone' });
    const { controller, onFinished } = prompt(client);
    expect(await settled(controller)).toEqual({ status: 'finished', outcome: 'notOffered' });
    expect(onFinished).toHaveBeenCalledExactlyOnceWith('notOffered');
  });

  it('does not prompt, nor ask the backend anything, in a browser without WebAuthn', async () => {
    const paths: string[] = [];
    const client = await signedInClient(server, noWebAuthn, paths);
    const { controller } = prompt(client);
    expect(await settled(controller)).toEqual({ status: 'finished', outcome: 'notOffered' });
    expect(paths).toEqual([]);
  });

  it('does not prompt when the passkey list cannot be read', async () => {
    server.mock.setScenario({ name: 'server-error', routes: ['listPasskeys'] });
    const client = await signedInClient(server, softwareWebAuthn(device));
    const { controller } = prompt(client);
    expect(await settled(controller)).toEqual({ status: 'finished', outcome: 'notOffered' });
  });

  it('"Not now" finishes it without adding anything', async () => {
    const client = await signedInClient(server, softwareWebAuthn(device));
    const { controller, onFinished } = prompt(client);
    await settled(controller);
    controller.dismiss();
    expect(controller.getSnapshot()).toEqual({ status: 'finished', outcome: 'dismissed' });
    expect(onFinished).toHaveBeenCalledExactlyOnceWith('dismissed');
    expect(await client.passkeys.list()).toEqual([]);
  });

  it('a closed browser prompt leaves the offer with no error', async () => {
    const client = await signedInClient(server, closingWebAuthn);
    const { controller } = prompt(client);
    await settled(controller);
    await controller.add();
    expect(controller.getSnapshot()).toEqual({ status: 'offered', error: null });
  });

  it('the backend’s refusal stays on the offer with its error; the person can still move on', async () => {
    const client = await signedInClient(server, softwareWebAuthn(device));
    const { controller, onFinished } = prompt(client);
    await settled(controller);
    server.mock.setScenario({ name: 'passkey-exists' });
    await controller.add();
    const state = controller.getSnapshot();
    expect(state.status === 'offered' && state.error?.code).toBe('passkey_exists');
    controller.dismiss();
    expect(onFinished).toHaveBeenCalledExactlyOnceWith('dismissed');
  });

  it('once destroyed, a late answer changes nothing', async () => {
    const client = await signedInClient(server, softwareWebAuthn(device));
    const { controller, onFinished } = prompt(client);
    controller.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(controller.getSnapshot()).toEqual({ status: 'checking' });
    expect(onFinished).not.toHaveBeenCalled();
  });
});
