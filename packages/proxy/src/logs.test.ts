import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type MockServer,
  type ProxiedMock,
  startMock,
  startProxy,
} from './test-support/start-proxied-mock.js';
import { totpCode } from './test-support/totp-code.js';

let mock: MockServer;
let proxied: ProxiedMock;

beforeAll(async () => {
  mock = await startMock();
  proxied = await startProxy(mock);
});
afterAll(async () => {
  await proxied.close();
  await mock.close();
});

/** Every value in the run's AuthFlow calls that must never be logged. */
function secretsOfTheRun(): string[] {
  const sensitive = [
    'api_key',
    'password',
    'oldPassword',
    'newPassword',
    'sessionToken',
    'foobar',
    'tempToken',
    'totpCode',
    'emailOTP',
    'recoveryCode',
    'secret',
    'token',
  ];
  return proxied.upstream.calls.flatMap((call) => {
    const values = new Map<string, string>(new URL(call.url).searchParams);
    if (call.body !== null) {
      for (const [name, value] of Object.entries(JSON.parse(call.body) as Record<string, unknown>)) {
        if (typeof value === 'string') values.set(name, value);
      }
    }
    return sensitive.flatMap((name) => {
      const value = values.get(name);
      return value === undefined || value.length < 4 ? [] : [value];
    });
  });
}

describe('given a run through every kind of secret', () => {
  it('logs route, status and duration only: no password, key, token, code or secret', async () => {
    const { member, mfa } = mock.mock.seeded;
    const browser = proxied.browser();
    await browser.post('signIn', { email: member.email, password: 'Wrong123!' });
    await browser.post('signIn', { email: member.email, password: member.password });
    await browser.post('changePassword', { oldPassword: member.password, newPassword: 'Changed123!' });
    const enabled = await browser.post('enableTwoFactor');
    const secret = (enabled.body as { secret: string }).secret;
    await browser.post('verifyTwoFactorSetup', { code: totpCode(secret) });
    await browser.post('signOut');

    const second = proxied.browser();
    await second.post('signIn', { email: mfa.email, password: mfa.password });
    await second.post('sendEmailCode');
    const emailCode = mock.mock.outbox
      .messages(mfa.email)
      .find((message) => message.kind === 'email-otp')?.code;
    await second.post('verifyEmailCode', { code: emailCode ?? '' });
    await second.post('regenerateRecoveryCodes', { password: mfa.password });

    const third = proxied.browser();
    await third.post('signIn', { email: mfa.email, password: mfa.password });
    await third.post('verifyRecoveryCode', { code: mfa.recoveryCodes[2] });
    await third.post('forgotPassword', { email: member.email });

    const secrets = [...secretsOfTheRun(), secret, emailCode ?? 'missing', member.password, 'Changed123!'];
    expect(secrets).toContain('af_deadbeefdeadbeefdeadbeefdeadbeef');
    expect(secrets.some((value) => value.split('.').length === 3)).toBe(true);

    const logged = JSON.stringify(proxied.logs);
    expect(proxied.logs.length).toBeGreaterThan(20);
    for (const value of secrets) expect(logged).not.toContain(value);
    expect(logged).not.toContain(member.email);
    for (const entry of proxied.logs) {
      expect(Object.keys(entry).sort()).toEqual(expect.arrayContaining(['durationMs', 'event', 'status']));
      expect(
        Object.keys(entry).every((key) =>
          ['event', 'endpoint', 'route', 'status', 'durationMs', 'code'].includes(key),
        ),
      ).toBe(true);
    }
  });
});
