import { startMockServer } from '@authflow-ui/mocks/node';
import * as OTPAuth from 'otpauth';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuthClient } from './auth-client.js';
import { createAuthClient } from './create-auth-client.js';
import { createMfaSetupController } from './mfa-setup-controller.js';

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
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

async function signedInMember() {
  const client = createAuthClient({ baseUrl: server.url, apiKey, now });
  clients.push(client);
  const { member } = server.mock.seeded;
  await client.signIn({ email: member.email, password: member.password });
  return client;
}

function totpCode(secret: string): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: clock });
}

describe('given an MFA set-up controller for a signed-in member', () => {
  it('scans, refuses a wrong first code, turns 2FA on with a real one and shows the codes once', async () => {
    const controller = createMfaSetupController(await signedInMember());
    const start = controller.start();
    expect(controller.getSnapshot()).toMatchObject({ step: 'start', pending: true });
    await Promise.all([start, controller.start()]);
    const enrollment = controller.getSnapshot().enrollment;
    expect(controller.getSnapshot().step).toBe('scan');
    if (!enrollment) throw new Error('expected a secret to scan');

    await controller.verifyCode('000000');
    expect(controller.getSnapshot()).toMatchObject({ step: 'scan', error: { code: 'invalid_code' } });

    await controller.verifyCode(totpCode(enrollment.secret));
    expect(controller.getSnapshot().step).toBe('recoveryCodes');
    expect(controller.getSnapshot().recoveryCodes).toHaveLength(10);

    controller.acknowledgeCodes();
    expect(controller.getSnapshot()).toMatchObject({ step: 'done', recoveryCodes: null, error: null });
  }, 30_000);

  it('after destroy, a late enrollment changes nothing on screen', async () => {
    const controller = createMfaSetupController(await signedInMember());
    const start = controller.start();
    controller.destroy();
    await start;
    expect(controller.getSnapshot().enrollment).toBeNull();
  });
});
