import { RECOVERY_CODE_COUNT, seededAccounts } from '@authflow-ui/mocks';
import { URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import type { AuthClient, SignInResult } from './auth-client.js';
import { AuthError } from './auth-error.js';
import type { MfaChallenge } from './mfa-challenge.js';
import {
  type PageClientOptions,
  rejection,
  requestsTo,
  useProxyPageHarness,
} from './test-support/proxy-page-harness.js';

// Two-factor settings in proxy mode: the real proxy in front of the real mock, real TOTP codes.

const h = useProxyPageHarness();
const { member, mfa } = seededAccounts;

function challengeOf(result: SignInResult): MfaChallenge {
  if (result.type !== 'mfa') throw new Error(`expected a second-factor challenge, got ${result.type}`);
  return result.challenge;
}

/** A six-digit code that matches none of the steps the mock accepts (the current one and its neighbours). */
function wrongCode(secret: string): string {
  const accepted = [-1, 0, 1].map((steps) => h.totpCode(secret, steps));
  for (let candidate = Number(h.totpCode(secret)) + 1; ; candidate += 1) {
    const code = String(candidate % 1_000_000).padStart(6, '0');
    if (!accepted.includes(code)) return code;
  }
}

/** The seeded 2FA member, signed in with a fresh authenticator code. */
async function signInMfaMember(options: PageClientOptions = {}) {
  const { client, browser, result } = await h.signInWithPassword(mfa, options);
  h.nextTotpStep();
  await client.mfa.verifyTotp(challengeOf(result), h.secret(h.totpCode(mfa.totpSecret)));
  expect(client.session.getState().status).toBe('signedIn');
  return { client, browser };
}

/** Whether `code` finishes a fresh sign-in of `account`, and how many codes are left if it does. */
async function signInWithRecoveryCode(
  account: { email: string; password: string },
  code: string,
): Promise<{ outcome: 'signedIn'; remainingCodes: number } | { outcome: 'refused'; error: AuthError }> {
  const { client, result } = await h.signInWithPassword(account);
  try {
    const { remainingCodes } = await client.mfa.verifyRecoveryCode(challengeOf(result), h.secret(code));
    return { outcome: 'signedIn', remainingCodes };
  } catch (error) {
    if (error instanceof AuthError) return { outcome: 'refused', error };
    throw error;
  }
}

describe('given a signed-in member setting up two-factor sign-in through the proxy', () => {
  it('when enable then verifySetup get a real code from the returned secret, the next sign-in asks for that authenticator', async () => {
    const { client, browser, result } = await h.signInWithPassword(member, {
      factory: 'createProxyAuthClient',
    });
    expect(result.type).toBe('session');

    const enrollment = await client.mfa.enable();
    h.secret(enrollment.secret);
    expect(enrollment.secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(enrollment.qrCode.startsWith('data:image/png;base64,')).toBe(true);
    expect(URI.parse(enrollment.otpauthUrl).secret.base32).toBe(enrollment.secret);

    const code = h.secret(h.totpCode(enrollment.secret));
    const { recoveryCodes } = await client.mfa.verifySetup({ secret: enrollment.secret, code });

    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', token: null });
    const [setupRequest] = requestsTo(browser, '/mfa/verify-setup');
    expect(await setupRequest?.json()).toEqual({ code });

    const { client: later, result: next } = await h.signInWithPassword(member, {
      factory: 'createProxyAuthClient',
    });
    const challenge = challengeOf(next);
    expect(challenge).toMatchObject({ email: member.email, methods: ['totp', 'email', 'recovery'] });
    expect(later.session.getState().status).toBe('signedOut');
    h.nextTotpStep();
    await later.mfa.verifyTotp(challenge, h.secret(h.totpCode(enrollment.secret)));
    expect(later.session.getState()).toMatchObject({ status: 'signedIn', user: { email: member.email } });
  });

  it('when set-up is done, a recovery code it handed out finishes a sign-in once', async () => {
    const { client } = await h.signInWithPassword(member);
    const enrollment = await client.mfa.enable();
    const { recoveryCodes } = await client.mfa.verifySetup({
      secret: h.secret(enrollment.secret),
      code: h.secret(h.totpCode(enrollment.secret)),
    });
    const [code = ''] = recoveryCodes;

    expect(await signInWithRecoveryCode(member, code)).toEqual({
      outcome: 'signedIn',
      remainingCodes: RECOVERY_CODE_COUNT - 1,
    });
    const again = await signInWithRecoveryCode(member, code);
    expect(again).toMatchObject({ outcome: 'refused', error: { code: 'invalid_code', status: 401 } });
  });

  it('given a wrong code, verifySetup rejects with invalid_code, 2FA stays off, and the right code still completes it', async () => {
    const { client } = await h.signInWithPassword(member);
    const enrollment = await client.mfa.enable();
    h.secret(enrollment.secret);

    const failure = await rejection(
      client.mfa.verifySetup({ secret: enrollment.secret, code: h.secret(wrongCode(enrollment.secret)) }),
    );

    expect(failure).toMatchObject({ code: 'invalid_code', status: 401 });
    expect(client.session.getState().status).toBe('signedIn');
    expect(await h.nextSignInOf(member)).toBe('session');
    const { recoveryCodes } = await client.mfa.verifySetup({
      secret: enrollment.secret,
      code: h.secret(h.totpCode(enrollment.secret)),
    });
    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(await h.nextSignInOf(member)).toBe('mfa');
  });

  it('given enable was never called, verifySetup rejects with expired and 2FA stays off', async () => {
    const { client } = await h.signInWithPassword(member);

    const failure = await rejection(
      client.mfa.verifySetup({ secret: mfa.totpSecret, code: h.secret(h.totpCode(mfa.totpSecret)) }),
    );

    expect(failure).toMatchObject({ code: 'expired', status: 401 });
    expect(client.session.getState().status).toBe('signedIn');
    expect(await h.nextSignInOf(member)).toBe('session');
  });

  it('given a second enable, only the secret it returned completes set-up', async () => {
    const { client } = await h.signInWithPassword(member);
    const first = await client.mfa.enable();
    const second = await client.mfa.enable();
    h.secret(first.secret);
    h.secret(second.secret);
    expect(second.secret).not.toBe(first.secret);

    const stale = await rejection(
      client.mfa.verifySetup({ secret: first.secret, code: h.secret(h.totpCode(first.secret)) }),
    );
    expect(stale).toMatchObject({ code: 'invalid_code' });

    await client.mfa.verifySetup({ secret: second.secret, code: h.secret(h.totpCode(second.secret)) });
    expect(await h.nextSignInOf(member)).toBe('mfa');
  });

  it('given no session in this browser, enable rejects with session_expired without calling the proxy', async () => {
    const { client, browser } = h.pageClient();

    const failure = await rejection(client.mfa.enable());

    expect(failure.code).toBe('session_expired');
    expect(browser.requests).toEqual([]);
  });

  it('given the session ended in another tab of the same browser, enable rejects with session_expired and signs out', async () => {
    const { client, browser } = await h.signInWithPassword(member);
    const { client: otherTab } = h.pageClient({ browser });
    await otherTab.loadSession();
    await otherTab.signOut();

    const failure = await rejection(client.mfa.enable());

    expect(failure).toMatchObject({ code: 'session_expired', status: 401 });
    expect(client.session.getState().status).toBe('signedOut');
  });
});

describe('given the 2FA member signed in through the proxy', () => {
  it('when disable gets the password, the member stays signed in and the next sign-in needs no second factor', async () => {
    const { client, browser } = await signInMfaMember({ factory: 'createProxyAuthClient' });

    await client.mfa.disable({ password: h.secret(mfa.password) });

    expect(await client.validate()).toBe('valid');
    expect(await h.nextSignInOf(mfa)).toBe('session');
    const [disableRequest] = requestsTo(browser, '/mfa/disable');
    expect(await disableRequest?.json()).toEqual({ password: mfa.password });
  });

  it('given a wrong password, disable rejects with invalid_credentials, keeps the session and leaves 2FA on', async () => {
    const { client } = await signInMfaMember();

    const failure = await rejection(client.mfa.disable({ password: h.secret('WrongPass123!') }));

    expect(failure).toMatchObject({ code: 'invalid_credentials', status: 401 });
    expect(client.session.getState()).toMatchObject({ status: 'signedIn', user: { email: mfa.email } });
    expect(await client.validate()).toBe('valid');
    expect(await h.nextSignInOf(mfa)).toBe('mfa');
  });

  it('when regenerateRecoveryCodes gets the password, the old codes stop working and a new one signs in', async () => {
    const { client } = await signInMfaMember();

    const { recoveryCodes } = await client.mfa.regenerateRecoveryCodes({ password: h.secret(mfa.password) });

    expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(recoveryCodes.filter((code) => mfa.recoveryCodes.includes(code))).toEqual([]);
    expect(client.session.getState().status).toBe('signedIn');
    const old = await signInWithRecoveryCode(mfa, mfa.recoveryCodes[0] ?? '');
    expect(old).toMatchObject({ outcome: 'refused', error: { code: 'invalid_code', status: 401 } });
    expect(await signInWithRecoveryCode(mfa, recoveryCodes[0] ?? '')).toEqual({
      outcome: 'signedIn',
      remainingCodes: RECOVERY_CODE_COUNT - 1,
    });
  });

  it('given AuthFlow expired the session, disable rejects with session_expired, signs out and 2FA stays on', async () => {
    const { client, browser } = await signInMfaMember();
    h.mock().mock.setScenario({ name: 'expired-session' });

    const failure = await rejection(client.mfa.disable({ password: h.secret(mfa.password) }));

    expect(failure).toMatchObject({ code: 'session_expired', status: 401 });
    expect(client.session.getState().status).toBe('signedOut');
    expect(browser.cookies.has('authflow')).toBe(false);
    h.mock().mock.setScenario(null);
    expect(await h.nextSignInOf(mfa)).toBe('mfa');
  });

  it('given a wrong password, regenerateRecoveryCodes rejects with invalid_credentials and the old codes keep working', async () => {
    const { client } = await signInMfaMember();

    const failure = await rejection(
      client.mfa.regenerateRecoveryCodes({ password: h.secret('WrongPass123!') }),
    );

    expect(failure).toMatchObject({ code: 'invalid_credentials', status: 401 });
    expect(await client.validate()).toBe('valid');
    expect(await signInWithRecoveryCode(mfa, mfa.recoveryCodes[0] ?? '')).toMatchObject({
      outcome: 'signedIn',
    });
  });
});

describe('given a signed-in member without 2FA', () => {
  it.each([
    ['disable', (client: AuthClient) => client.mfa.disable({ password: h.secret(member.password) })],
    [
      'regenerateRecoveryCodes',
      (client: AuthClient) => client.mfa.regenerateRecoveryCodes({ password: h.secret(member.password) }),
    ],
  ] as const)(
    'when %s is called, it rejects with invalid_request and keeps the session',
    async (_name, call) => {
      const { client } = await h.signInWithPassword(member);

      const failure = await rejection(call(client));

      expect(failure).toMatchObject({ code: 'invalid_request', status: 400 });
      expect(await client.validate()).toBe('valid');
    },
  );
});
