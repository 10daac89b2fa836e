import { serverMessages, successMessages } from '@authflow-ui/contract';
import { decodeJwt } from 'jose';
import { URI } from 'otpauth';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV_API_KEY, MOCK_ORG_ID } from '../constants.js';
import { type MockServer, startMockServer } from '../start-mock-server.js';
import {
  createTestClock,
  login,
  postJson,
  sessionFor,
  TOTP_STEP_MS,
  totpCode,
} from '../test-support/raw-http.js';

const clock = createTestClock();
let server: MockServer;
let url: string;

beforeAll(async () => {
  server = await startMockServer({ now: clock.now });
  url = server.url;
});
afterAll(() => server.close());
beforeEach(() => server.mock.reset());

const mfa = { email: 'mfa@example.com', password: 'MfaPass123!', role: 'user', secret: 'JBSWY3DPEHPK3PXP' };
const member = { email: 'member@example.com', password: 'MemberPass123!', role: 'user' };
const identity = (email: string) => ({ email, org_id: MOCK_ORG_ID, role: 'user' });
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function pendingLogin(account = mfa): Promise<string> {
  const response = await login(url, DEV_API_KEY, account);
  const body = await response.json();
  expect(body.requires2FA).toBe(true);
  return body.tempToken;
}

const verifyTotp = (tempToken: string, totpCodeValue: string) =>
  postJson(url, '/auth/2fa/verify-2fa', { tempToken, ...identity(mfa.email), totpCode: totpCodeValue });

describe('given a member setting up 2FA', () => {
  let sessionToken: string;
  beforeEach(async () => {
    sessionToken = await sessionFor(url, DEV_API_KEY, member);
  });
  const enable = () => postJson(url, '/auth/2fa/enable', { sessionToken, ...identity(member.email) });

  it('enable answers a base32 secret, a scannable PNG QR data URL and the otpauth URL', async () => {
    const response = await enable();
    expect(response.status).toBe(200);
    const { secret, qrCode, otpauth_url } = await response.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(qrCode.startsWith('data:image/png;base64,')).toBe(true);
    const png = Buffer.from(qrCode.slice('data:image/png;base64,'.length), 'base64');
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const totp = URI.parse(otpauth_url);
    expect(totp.secret.base32).toBe(secret);
    expect(otpauth_url).toMatch(/^otpauth:\/\/totp\/AuthFlow:member%40example\.com\?/);
    expect(otpauth_url).toContain('algorithm=SHA1&digits=6&period=30');
  });

  it('verify-setup with a real code answers 10 single-use recovery codes and login then asks for 2FA', async () => {
    const { secret } = await (await enable()).json();
    const response = await postJson(url, '/auth/2fa/verify-setup', {
      sessionToken,
      ...identity(member.email),
      totpCode: totpCode(secret, clock.now()),
      secret,
    });
    expect(response.status).toBe(200);
    const { success, recoveryCodes } = await response.json();
    expect(success).toBe(true);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z0-9]{8}$/);
    expect((await (await login(url, DEV_API_KEY, member)).json()).requires2FA).toBe(true);
  });

  it('verify-setup answers 401 Invalid TOTP code for a wrong code and leaves 2FA off', async () => {
    const { secret } = await (await enable()).json();
    const wrong = String((Number(totpCode(secret, clock.now())) + 1) % 1_000_000).padStart(6, '0');
    const response = await postJson(url, '/auth/2fa/verify-setup', {
      sessionToken,
      ...identity(member.email),
      totpCode: wrong,
      secret,
    });
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe(serverMessages.invalidTotpCode);
    expect((await (await login(url, DEV_API_KEY, member)).json()).token).toEqual(expect.any(String));
  });

  it('verify-setup refuses a secret the server did not issue to this user, even with its valid code', async () => {
    await enable();
    const response = await postJson(url, '/auth/2fa/verify-setup', {
      sessionToken,
      ...identity(member.email),
      totpCode: totpCode(mfa.secret, clock.now()),
      secret: mfa.secret,
    });
    expect(response.status).toBe(401);
  });

  it('answers 401 when the body names another identity than the session', async () => {
    for (const body of [
      { sessionToken, ...identity('owner@example.com') },
      { sessionToken, ...identity(member.email), role: 'admin' },
      { sessionToken, ...identity(member.email), org_id: 'other-org' },
    ]) {
      const response = await postJson(url, '/auth/2fa/enable', body);
      expect(response.status).toBe(401);
      expect((await response.json()).message).toBe(serverMessages.identityMismatch);
    }
    expect(
      (await postJson(url, '/auth/2fa/enable', { ...identity(member.email), sessionToken: 'x' })).status,
    ).toBe(401);
  });

  it('disable and recovery-codes answer 400 while 2FA is off', async () => {
    for (const path of ['/auth/2fa/disable', '/auth/2fa/recovery-codes']) {
      const response = await postJson(url, path, {
        sessionToken,
        ...identity(member.email),
        password: member.password,
      });
      expect(response.status).toBe(400);
      expect((await response.json()).message).toBe(serverMessages.twoFactorNotEnabled);
    }
  });
});

describe('given the 2FA member signing in with TOTP', () => {
  it('exchanges the tempToken and a real code for a session token', async () => {
    const tempToken = await pendingLogin();
    const response = await verifyTotp(tempToken, totpCode(mfa.secret, clock.now()));
    expect(response.status).toBe(200);
    const { token } = await response.json();
    expect(decodeJwt(token)).toMatchObject({ email: mfa.email, fullname: 'Mira Mfa' });
    expect((await verifyTotp(tempToken, totpCode(mfa.secret, clock.now()))).status).toBe(401);
  });

  it('accepts the previous and next step but not two steps away', async () => {
    const previous = totpCode(mfa.secret, clock.now() - TOTP_STEP_MS);
    expect((await verifyTotp(await pendingLogin(), previous)).status).toBe(200);
    const next = totpCode(mfa.secret, clock.now() + TOTP_STEP_MS);
    expect((await verifyTotp(await pendingLogin(), next)).status).toBe(200);
    clock.advance(3 * TOTP_STEP_MS);
    const stale = totpCode(mfa.secret, clock.now() - 2 * TOTP_STEP_MS);
    const response = await verifyTotp(await pendingLogin(), stale);
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe('Invalid TOTP code');
  });

  it('refuses a code replayed after it signed in, until the next step', async () => {
    clock.advance(5 * TOTP_STEP_MS);
    const code = totpCode(mfa.secret, clock.now());
    expect((await verifyTotp(await pendingLogin(), code)).status).toBe(200);
    const replay = await verifyTotp(await pendingLogin(), code);
    expect(replay.status).toBe(401);
    clock.advance(TOTP_STEP_MS);
    expect((await verifyTotp(await pendingLogin(), totpCode(mfa.secret, clock.now()))).status).toBe(200);
  });

  it('answers 401 Invalid or expired temporary token after 5 minutes, for a replaced or foreign tempToken', async () => {
    clock.advance(10 * TOTP_STEP_MS);
    const first = await pendingLogin();
    const second = await pendingLogin();
    const replaced = await verifyTotp(first, totpCode(mfa.secret, clock.now()));
    expect(replaced.status).toBe(401);
    expect((await replaced.json()).message).toBe(serverMessages.tempTokenExpired);
    const otherOrg = await postJson(url, '/auth/2fa/verify-2fa', {
      tempToken: second,
      ...identity(mfa.email),
      org_id: 'another-org',
      totpCode: totpCode(mfa.secret, clock.now()),
    });
    expect(otherOrg.status).toBe(401);
    clock.advance(5 * 60 * 1000);
    const late = await verifyTotp(second, totpCode(mfa.secret, clock.now()));
    expect(late.status).toBe(401);
    expect((await late.json()).message).toBe(serverMessages.tempTokenExpired);
  });
});

describe('given the 2FA member signing in with an email code', () => {
  const sendCode = (tempToken: string) =>
    postJson(url, '/auth/2fa/backup/email', { tempToken, ...identity(mfa.email) });
  const verifyCode = (emailOTP: string) =>
    postJson(url, '/auth/2fa/verify-email-otp', { ...identity(mfa.email), emailOTP });
  const lastCode = () => server.mock.outbox.messages(mfa.email).at(-1)?.code ?? '';

  it('mails a 6-digit code that signs in once', async () => {
    const response = await sendCode(await pendingLogin());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true, message: successMessages.emailOtpSent });
    const message = server.mock.outbox.messages(mfa.email).at(-1);
    expect(message).toMatchObject({ to: mfa.email, kind: 'email-otp' });
    expect(message?.code).toMatch(/^\d{6}$/);
    expect(message?.text).toContain(message?.code);

    const signedIn = await verifyCode(lastCode());
    expect(signedIn.status).toBe(200);
    expect(decodeJwt((await signedIn.json()).token).email).toBe(mfa.email);
    expect((await verifyCode(lastCode())).status).toBe(401);
  });

  it('answers 401 Invalid or expired email OTP for a wrong or unsent code', async () => {
    await pendingLogin();
    const unsent = await verifyCode('123456');
    expect(unsent.status).toBe(401);
    expect((await unsent.json()).message).toBe(serverMessages.invalidEmailOtp);

    await sendCode(await pendingLogin());
    const wrong = String((Number(lastCode()) + 1) % 1_000_000).padStart(6, '0');
    const response = await verifyCode(wrong);
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe(serverMessages.invalidEmailOtp);
    expect((await verifyCode(lastCode())).status).toBe(200);
  });

  it('keeps a mailed code valid for 10 minutes, past the 5-minute tempToken, and not longer', async () => {
    await sendCode(await pendingLogin());
    clock.advance(10 * 60 * 1000 - 1000);
    expect((await verifyCode(lastCode())).status).toBe(200);

    await sendCode(await pendingLogin());
    clock.advance(10 * 60 * 1000);
    const late = await verifyCode(lastCode());
    expect(late.status).toBe(401);
    expect((await late.json()).message).toBe(serverMessages.invalidEmailOtp);
  });

  it('drops the code of an earlier login when the member logs in again', async () => {
    await sendCode(await pendingLogin());
    const earlier = lastCode();
    const tempToken = await pendingLogin();
    expect((await verifyCode(earlier)).status).toBe(401);
    await sendCode(tempToken);
    expect((await verifyCode(lastCode())).status).toBe(200);
  });

  it('refuses backup/email once the tempToken is 5 minutes old', async () => {
    const tempToken = await pendingLogin();
    clock.advance(5 * 60 * 1000);
    const response = await sendCode(tempToken);
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe(serverMessages.tempTokenExpired);
    expect(server.mock.outbox.messages(mfa.email)).toEqual([]);
  });

  it('answers 401 Invalid or expired temporary token without a pending login', async () => {
    const response = await verifyCode('123456');
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe(serverMessages.tempTokenExpired);
    expect((await sendCode('0'.repeat(64))).status).toBe(401);
  });
});

describe('given the 2FA member signing in with recovery codes', () => {
  const verifyRecovery = (recoveryCode: string) =>
    postJson(url, '/auth/2fa/verify-recovery', { ...identity(mfa.email), recoveryCode });

  it('counts the ten seeded codes down and refuses a used one', async () => {
    const [first, second] = server.mock.seeded.mfa.recoveryCodes;
    await pendingLogin();
    const response = await verifyRecovery(first ?? '');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.remainingCodes).toBe(9);
    expect(decodeJwt(body.token).email).toBe(mfa.email);

    await pendingLogin();
    const reused = await verifyRecovery(first ?? '');
    expect(reused.status).toBe(401);
    expect((await reused.json()).message).toBe(serverMessages.invalidRecoveryCode);
    expect((await (await verifyRecovery(second ?? '')).json()).remainingCodes).toBe(8);
  });

  it('answers 401 without a pending login, even for a valid code', async () => {
    const response = await verifyRecovery(server.mock.seeded.mfa.recoveryCodes[0] ?? '');
    expect(response.status).toBe(401);
    expect((await response.json()).message).toBe(serverMessages.tempTokenExpired);
  });
});

describe('given the signed-in 2FA member managing 2FA', () => {
  async function mfaSession(): Promise<string> {
    clock.advance(TOTP_STEP_MS);
    const response = await verifyTotp(await pendingLogin(), totpCode(mfa.secret, clock.now()));
    return (await response.json()).token;
  }

  it('regenerates recovery codes with the password; the old codes stop working', async () => {
    const sessionToken = await mfaSession();
    const wrong = await postJson(url, '/auth/2fa/recovery-codes', {
      sessionToken,
      ...identity(mfa.email),
      password: 'Wrong123!',
    });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).message).toBe('Incorrect password');

    const response = await postJson(url, '/auth/2fa/recovery-codes', {
      sessionToken,
      ...identity(mfa.email),
      password: mfa.password,
    });
    expect(response.status).toBe(200);
    const { recoveryCodes } = await response.json();
    expect(recoveryCodes).toHaveLength(10);

    await pendingLogin();
    const old = server.mock.seeded.mfa.recoveryCodes[0] ?? '';
    expect(
      (await postJson(url, '/auth/2fa/verify-recovery', { ...identity(mfa.email), recoveryCode: old }))
        .status,
    ).toBe(401);
    const fresh = await postJson(url, '/auth/2fa/verify-recovery', {
      ...identity(mfa.email),
      recoveryCode: recoveryCodes[0],
    });
    expect((await fresh.json()).remainingCodes).toBe(9);
  });

  it('disables 2FA with the password, after which login answers a token directly', async () => {
    const sessionToken = await mfaSession();
    const wrong = await postJson(url, '/auth/2fa/disable', {
      sessionToken,
      ...identity(mfa.email),
      password: 'nope',
    });
    expect(wrong.status).toBe(401);
    const response = await postJson(url, '/auth/2fa/disable', {
      sessionToken,
      ...identity(mfa.email),
      password: mfa.password,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ success: true });
    const body = await (await login(url, DEV_API_KEY, mfa)).json();
    expect(body.requires2FA).toBeUndefined();
    expect(body.token).toEqual(expect.any(String));
  });
});
