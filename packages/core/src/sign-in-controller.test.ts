import { startMockServer } from '@authflow-ui/mocks/node';
import * as OTPAuth from 'otpauth';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuthClient } from './auth-client.js';
import { createAuthClient } from './create-auth-client.js';
import { createRecoveryCodesLeft } from './recovery-codes-left.js';
import { createSignInController, type SignedInDetails } from './sign-in-controller.js';

const apiKey = 'af_deadbeefdeadbeefdeadbeefdeadbeef';
const startOfTest = Date.parse('2026-04-05T12:00:10Z');
let clock = startOfTest;
const now = () => clock;

let server: Awaited<ReturnType<typeof startMockServer>>;
const clients: AuthClient[] = [];

beforeAll(async () => {
  server = await startMockServer({ apiKey, now });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  clock = startOfTest;
  server.mock.reset();
  paths = [];
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

/** Paths this test's clients asked for, in order. */
let paths: string[] = [];

function newClient() {
  const client = createAuthClient({
    baseUrl: server.url,
    apiKey,
    now,
    fetch: (request) => {
      paths.push(new URL(request.url).pathname);
      return fetch(request);
    },
  });
  clients.push(client);
  return client;
}

function totpCode(secret: string): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: clock });
}

describe('given a sign-in controller, with no framework at all', () => {
  it('signs in with a password and a real TOTP code, telling subscribers each step', async () => {
    const client = newClient();
    const signedIn: SignedInDetails[] = [];
    const controller = createSignInController(client, { onSignedIn: (details) => signedIn.push(details) });
    const steps: string[] = [];
    controller.subscribe(() => {
      const snapshot = controller.getSnapshot();
      steps.push(`${snapshot.step}/${snapshot.pending ?? 'none'}`);
    });
    const { mfa } = server.mock.seeded;

    expect(controller.getSnapshot().step).toBe('password');
    await controller.submitPassword({ email: mfa.email, password: mfa.password });
    expect(controller.getSnapshot().mfa?.methods).toEqual(['totp', 'email', 'recovery']);

    await controller.verifyCode('000000');
    expect(controller.getSnapshot().error?.code).toBe('invalid_code');
    expect(controller.getSnapshot().step).toBe('mfa');

    await controller.verifyCode(totpCode(mfa.totpSecret));
    const snapshot = controller.getSnapshot();
    expect(snapshot.step).toBe('signedIn');
    expect(snapshot.error).toBeNull();
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', user: { email: mfa.email } });
    expect(signedIn).toEqual([
      expect.objectContaining({ user: expect.objectContaining({ email: mfa.email }), stillShown: true }),
    ]);
    expect(steps).toEqual([
      'password/password',
      'mfa/none',
      'mfa/code',
      'mfa/none',
      'mfa/code',
      'signedIn/none',
    ]);
  }, 30_000);

  it('keeps one request in flight: a second submit and a code meanwhile are ignored', async () => {
    const client = newClient();
    const controller = createSignInController(client);
    const { member } = server.mock.seeded;
    const first = controller.submitPassword({ email: member.email, password: member.password });
    const second = controller.submitPassword({ email: member.email, password: member.password });
    const code = controller.verifyCode('123456');
    await Promise.all([first, second, code]);
    expect(paths.filter((path) => path === '/auth/login')).toHaveLength(1);
    expect(controller.getSnapshot().step).toBe('signedIn');
  });

  it('keeps its snapshot object until something changes', async () => {
    const controller = createSignInController(newClient());
    const before = controller.getSnapshot();
    controller.toMethod('email');
    expect(controller.getSnapshot()).toBe(before);
  });

  it('after destroy, a late answer changes nothing on screen, and the call is aborted', async () => {
    const client = newClient();
    const controller = createSignInController(client);
    const { member } = server.mock.seeded;
    const running = controller.submitPassword({ email: member.email, password: member.password });
    controller.destroy();
    await running;
    expect(controller.getSnapshot().step).toBe('password');
    expect(controller.getSnapshot().pending).toBe('password');
    expect(client.session.getState().status).toBe('signedOut');
  });

  it('warns every screen when a recovery-code sign-in leaves few codes, until sign-out', async () => {
    const client = newClient();
    const warning = createRecoveryCodesLeft(client.session);
    const { mfa } = server.mock.seeded;
    for (const [index, code] of mfa.recoveryCodes.slice(0, 7).entries()) {
      const controller = createSignInController(client, { recoveryCodesLeft: warning });
      await controller.submitPassword({ email: mfa.email, password: mfa.password });
      controller.toMethod('recovery');
      await controller.verifyCode(code);
      expect(controller.getSnapshot().remainingRecoveryCodes).toBe(9 - index);
      if (index < 6) await client.signOut();
    }
    expect(warning.getSnapshot()).toBe(3);
    await client.signOut();
    expect(warning.getSnapshot()).toBeNull();
    warning.destroy();
  }, 30_000);
});
