import type { AuthErrorCode } from '@authflow-ui/contract';
import { startMockServer } from '@authflow-ui/mocks/node';
import * as OTPAuth from 'otpauth';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuthClient, SignInResult } from './auth-client.js';
import { isAuthError } from './auth-error.js';
import { createAuthClient } from './create-auth-client.js';
import type { MfaChallenge } from './mfa-challenge.js';

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
  server.mock.setScenario(null);
});

afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

function newClient(options: { timeoutMs?: number } = {}) {
  const client = createAuthClient({ baseUrl: server.url, apiKey, now, ...options });
  clients.push(client);
  return client;
}

/** The TOTP code an authenticator app shows for `secret` at the mock's current time. */
function totpCode(secret: string): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: clock });
}

/** Moves past the current TOTP step, so the next code is new (the mock refuses replayed codes). */
function nextTotpStep() {
  clock += 30_000;
}

async function failure(promise: Promise<unknown>): Promise<AuthErrorCode> {
  try {
    await promise;
  } catch (error) {
    if (isAuthError(error)) return error.code;
    throw error;
  }
  throw new Error('expected the call to fail');
}

function expectChallenge(result: SignInResult): MfaChallenge {
  if (result.type !== 'mfa') throw new Error(`expected a 2FA challenge, got ${result.type}`);
  return result.challenge;
}

function lastMessage(email: string, kind: 'reset-password' | 'verify-email' | 'email-otp') {
  const message = server.mock.outbox
    .messages(email)
    .filter((candidate) => candidate.kind === kind)
    .at(-1);
  if (message === undefined) throw new Error(`no ${kind} message to ${email}`);
  return message;
}

const seeded = () => server.mock.seeded;

describe('given the core client against the real mock HTTP server', () => {
  describe('sign-up', () => {
    it('creates an account, signs in with it, and refuses the same email and role twice', async () => {
      const client = newClient();
      const session = await client.signUp({
        email: 'nia@example.com',
        password: 'NiaPass123!',
        fullname: 'Nia New',
      });
      expect(session.user).toEqual({
        email: 'nia@example.com',
        fullname: 'Nia New',
        role: 'user',
        orgId: seeded().orgId,
      });
      expect(client.session.getState().status).toBe('signedIn');
      await expect(client.validate()).resolves.toBe('valid');
      expect(
        await failure(
          newClient().signUp({ email: 'nia@example.com', password: 'NiaPass123!', fullname: 'N' }),
        ),
      ).toBe('user_exists');
    });

    it('refuses a password the contract rule rejects with weak_password', async () => {
      expect(
        await failure(newClient().signUp({ email: 'weak@example.com', password: 'short', fullname: 'W' })),
      ).toBe('weak_password');
    });
  });

  describe('sign-in without 2FA', () => {
    it('signs the owner in, loads the profile and validates the session', async () => {
      const client = newClient();
      const { owner } = seeded();
      const result = await client.signIn({ email: owner.email, password: owner.password });
      expect(result.type).toBe('session');
      expect(client.session.getState().user).toEqual({
        email: owner.email,
        fullname: owner.fullname,
        role: 'user',
        orgId: seeded().orgId,
      });
      await expect(client.me()).resolves.toMatchObject({ email: owner.email });
      await expect(client.validate()).resolves.toBe('valid');
    });

    it('tells a wrong password (invalid_credentials) from an unknown account (user_not_found) in core', async () => {
      const { owner } = seeded();
      expect(await failure(newClient().signIn({ email: owner.email, password: 'WrongPass123!' }))).toBe(
        'invalid_credentials',
      );
      expect(
        await failure(newClient().signIn({ email: 'nobody@example.com', password: 'WhoPass123!' })),
      ).toBe('user_not_found');
    });

    it('signs out: the store is cleared and AuthFlow no longer accepts the token', async () => {
      const client = newClient();
      const { owner } = seeded();
      const result = await client.signIn({ email: owner.email, password: owner.password });
      if (result.type !== 'session') throw new Error('expected a session');
      await client.signOut();
      expect(client.session.getState().status).toBe('signedOut');
      const response = await fetch(
        `${server.url}/auth/validate?${new URLSearchParams({ sessionToken: result.session.token ?? '', email: owner.email })}`,
      );
      expect(response.status).toBe(401);
    });
  });

  describe('sign-in with 2FA', () => {
    it('completes with a TOTP code from the seeded secret', async () => {
      const client = newClient();
      const { mfa } = seeded();
      const challenge = expectChallenge(await client.signIn({ email: mfa.email, password: mfa.password }));
      expect(challenge).toMatchObject({
        email: mfa.email,
        orgId: seeded().orgId,
        methods: ['totp', 'email', 'recovery'],
      });
      expect(client.session.getState().status).toBe('signedOut');
      expect(await failure(client.mfa.verifyTotp(challenge, '000000'))).toBe('invalid_code');
      const session = await client.mfa.verifyTotp(challenge, totpCode(mfa.totpSecret));
      expect(session.user.email).toBe(mfa.email);
      await expect(client.validate()).resolves.toBe('valid');
    });

    it('completes with a code read from the email outbox', async () => {
      const client = newClient();
      const { mfa } = seeded();
      const challenge = expectChallenge(await client.signIn({ email: mfa.email, password: mfa.password }));
      await expect(client.mfa.sendEmailCode(challenge)).resolves.toEqual({ sentAt: clock });
      const { code } = lastMessage(mfa.email, 'email-otp');
      expect(code).toMatch(/^\d{6}$/);
      const session = await client.mfa.verifyEmailCode(challenge, code ?? '');
      expect(session.user.email).toBe(mfa.email);
    });

    it('completes with a seeded recovery code, which then cannot be used again', async () => {
      const { mfa } = seeded();
      const code = mfa.recoveryCodes[0] ?? '';
      const client = newClient();
      const challenge = expectChallenge(await client.signIn({ email: mfa.email, password: mfa.password }));
      const { session, remainingCodes } = await client.mfa.verifyRecoveryCode(challenge, code);
      expect(session.user.email).toBe(mfa.email);
      expect(remainingCodes).toBe(mfa.recoveryCodes.length - 1);
      const again = expectChallenge(await newClient().signIn({ email: mfa.email, password: mfa.password }));
      expect(await failure(newClient().mfa.verifyRecoveryCode(again, code))).toBe('invalid_code');
    });
  });

  describe('two-factor management', () => {
    it('sets up 2FA with the enable() secret, then requires it at sign-in, then disables it', async () => {
      const { member } = seeded();
      const client = newClient();
      await client.signIn({ email: member.email, password: member.password });
      const enrollment = await client.mfa.enable();
      expect(enrollment.qrCode.startsWith('data:image/png;base64,')).toBe(true);
      expect(enrollment.otpauthUrl.startsWith('otpauth://totp/')).toBe(true);
      const { recoveryCodes } = await client.mfa.verifySetup({
        secret: enrollment.secret,
        code: totpCode(enrollment.secret),
      });
      expect(recoveryCodes.length).toBeGreaterThan(0);

      await client.signOut();
      const challenge = expectChallenge(
        await client.signIn({ email: member.email, password: member.password }),
      );
      nextTotpStep();
      await client.mfa.verifyTotp(challenge, totpCode(enrollment.secret));
      expect(client.session.getState().status).toBe('signedIn');

      expect(await failure(client.mfa.disable({ password: 'WrongPass123!' }))).toBe('invalid_credentials');
      await client.mfa.disable({ password: member.password });
      await client.signOut();
      const result = await client.signIn({ email: member.email, password: member.password });
      expect(result.type).toBe('session');
    });

    it('regenerates recovery codes: the old ones stop working and a new one signs in', async () => {
      const { mfa } = seeded();
      const client = newClient();
      const challenge = expectChallenge(await client.signIn({ email: mfa.email, password: mfa.password }));
      await client.mfa.verifyTotp(challenge, totpCode(mfa.totpSecret));
      const { recoveryCodes } = await client.mfa.regenerateRecoveryCodes({ password: mfa.password });
      expect(recoveryCodes).not.toContain(mfa.recoveryCodes[0]);

      const oldCodeChallenge = expectChallenge(
        await newClient().signIn({ email: mfa.email, password: mfa.password }),
      );
      expect(
        await failure(newClient().mfa.verifyRecoveryCode(oldCodeChallenge, mfa.recoveryCodes[0] ?? '')),
      ).toBe('invalid_code');
      const newCodeChallenge = expectChallenge(
        await newClient().signIn({ email: mfa.email, password: mfa.password }),
      );
      const { remainingCodes } = await newClient().mfa.verifyRecoveryCode(
        newCodeChallenge,
        recoveryCodes[0] ?? '',
      );
      expect(remainingCodes).toBe(recoveryCodes.length - 1);
    });
  });

  describe('password management', () => {
    it('changes the password: the new one signs in, the old one no longer does', async () => {
      const { owner } = seeded();
      const client = newClient();
      await client.signIn({ email: owner.email, password: owner.password });
      expect(
        await failure(client.changePassword({ oldPassword: 'WrongPass123!', newPassword: 'Changed123!' })),
      ).toBe('invalid_credentials');
      await client.changePassword({ oldPassword: owner.password, newPassword: 'Changed123!' });
      expect(await failure(newClient().signIn({ email: owner.email, password: owner.password }))).toBe(
        'invalid_credentials',
      );
      await expect(
        newClient().signIn({ email: owner.email, password: 'Changed123!' }),
      ).resolves.toMatchObject({
        type: 'session',
      });
    });

    it('forgets and resets the password with the emailed token, which works only once', async () => {
      const { member } = seeded();
      const client = newClient();
      await client.forgotPassword({ email: member.email });
      const { token } = lastMessage(member.email, 'reset-password');
      await client.resetPassword({ token: token ?? '', newPassword: 'ResetPass123!' });
      await expect(
        newClient().signIn({ email: member.email, password: 'ResetPass123!' }),
      ).resolves.toMatchObject({
        type: 'session',
      });
      expect(await failure(client.resetPassword({ token: token ?? '', newPassword: 'Again123!' }))).toBe(
        'expired',
      );
    });

    it('answers forgot-password for an unknown email just the same, and sends nothing', async () => {
      await expect(newClient().forgotPassword({ email: 'ghost@example.com' })).resolves.toBeUndefined();
      expect(server.mock.outbox.messages('ghost@example.com')).toEqual([]);
    });
  });

  describe('email verification', () => {
    it('resends the verification email and verifies with its token; a bad token is expired', async () => {
      const client = newClient();
      await client.signUp({ email: 'vera@example.com', password: 'VeraPass123!', fullname: 'Vera' });
      await client.resendVerificationEmail({ email: 'vera@example.com' });
      const { token } = lastMessage('vera@example.com', 'verify-email');
      await expect(client.verifyEmail({ token: token ?? '' })).resolves.toBeUndefined();
      expect(await failure(client.verifyEmail({ token: 'not-a-token' }))).toBe('expired');
    });
  });

  describe('deleting users', () => {
    it('lets the owner delete a member, who can then no longer sign in', async () => {
      const { owner, member } = seeded();
      const client = newClient();
      await client.signIn({ email: owner.email, password: owner.password });
      await client.deleteUser({ userEmail: member.email });
      expect(await failure(newClient().signIn({ email: member.email, password: member.password }))).toBe(
        'user_not_found',
      );
    });

    it('refuses a member with forbidden and an unknown user with user_not_found', async () => {
      const { owner, member, mfa } = seeded();
      const asMember = newClient();
      await asMember.signIn({ email: member.email, password: member.password });
      expect(await failure(asMember.deleteUser({ userEmail: mfa.email }))).toBe('forbidden');
      const asOwner = newClient();
      await asOwner.signIn({ email: owner.email, password: owner.password });
      expect(await failure(asOwner.deleteUser({ userEmail: 'ghost@example.com' }))).toBe('user_not_found');
    });
  });

  describe('faults', () => {
    it('given every fooBar is expired, retries once with a fresh one and then reports expired', async () => {
      server.mock.setScenario({ name: 'expired-foobar' });
      const paths: string[] = [];
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
      const { owner } = seeded();
      expect(await failure(client.signIn({ email: owner.email, password: owner.password }))).toBe('expired');
      expect(paths).toEqual(['/auth/fooBar', '/auth/login', '/auth/fooBar', '/auth/login']);
    });

    it('given an expired tempToken, the TOTP exchange reports expired', async () => {
      const { mfa } = seeded();
      const client = newClient();
      const challenge = expectChallenge(await client.signIn({ email: mfa.email, password: mfa.password }));
      server.mock.setScenario({ name: 'expired-temp-token' });
      expect(await failure(client.mfa.verifyTotp(challenge, totpCode(mfa.totpSecret)))).toBe('expired');
    });

    it('given a rate limit, reports rate_limited with the Retry-After seconds', async () => {
      server.mock.setScenario({ name: 'rate-limited', retryAfter: 12, routes: ['login'] });
      const { owner } = seeded();
      try {
        await newClient().signIn({ email: owner.email, password: owner.password });
        throw new Error('expected a rate limit');
      } catch (error) {
        expect(isAuthError(error) && { code: error.code, retryAfter: error.retryAfter }).toEqual({
          code: 'rate_limited',
          retryAfter: 12,
        });
      }
    });

    it.each([
      ['server-error', 'server'],
      ['bad-gateway-html', 'server'],
      ['malformed-json', 'invalid_response'],
      ['network-error', 'network'],
    ] as const)('given the %s scenario on login, reports %s', async (name, code) => {
      server.mock.setScenario({ name, routes: ['login'] });
      const { owner } = seeded();
      expect(await failure(newClient().signIn({ email: owner.email, password: owner.password }))).toBe(code);
    });

    it('given an expired session, validate answers invalid and the store signs out', async () => {
      const { owner } = seeded();
      const client = newClient();
      await client.signIn({ email: owner.email, password: owner.password });
      server.mock.setScenario({ name: 'expired-session' });
      await expect(client.validate()).resolves.toBe('invalid');
      expect(client.session.getState().status).toBe('signedOut');
    });

    it('given a slow server, times out', async () => {
      server.mock.setScenario({ name: 'latency', ms: 500, routes: ['me'] });
      const { owner } = seeded();
      const client = newClient({ timeoutMs: 100 });
      expect(await failure(client.signIn({ email: owner.email, password: owner.password }))).toBe('timeout');
    });
  });
});
