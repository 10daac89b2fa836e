import type { ProxyEndpointId } from '@authflow-ui/contract';
import { describe, expect, it } from 'vitest';
import { proxiedMockForEachTest } from './test-support/proxied-mock-for-each-test.js';
import { startProxy } from './test-support/start-proxied-mock.js';
import { totpCode } from './test-support/totp-code.js';

const env = proxiedMockForEachTest();

const exchanges: [ProxyEndpointId, Record<string, string>][] = [
  ['verifyTotp', { code: '123456' }],
  ['verifyEmailCode', { code: '123456' }],
  ['verifyRecoveryCode', { code: 'Q3M7X2KD' }],
  ['sendEmailCode', {}],
];

describe('given a browser with no pending sign-in', () => {
  it.each(exchanges)('%s answers 401 expired and makes no call to AuthFlow', async (endpoint, body) => {
    const answer = await env.proxied.browser().post(endpoint, body);
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'expired' } } });
    expect(env.proxied.upstream.paths).toEqual([]);
  });

  it('cannot use a seeded recovery code with the email address alone', async () => {
    const answer = await env.proxied
      .browser()
      .post('verifyRecoveryCode', { code: env.mock.mock.seeded.mfa.recoveryCodes[0] });
    expect(answer.status).toBe(401);
    expect(env.proxied.upstream.paths).toEqual([]);
  });

  it('a signed-in session is not a pending sign-in either', async () => {
    const browser = env.proxied.browser();
    await browser.post('signIn', {
      email: env.mock.mock.seeded.member.email,
      password: env.mock.mock.seeded.member.password,
    });
    const before = env.proxied.upstream.calls.length;
    for (const [endpoint, body] of exchanges) {
      expect((await browser.post(endpoint, body)).status, endpoint).toBe(401);
    }
    expect(env.proxied.upstream.calls.length).toBe(before);
    expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
  });
});

describe('given a pending sign-in in one browser', () => {
  async function pendingBrowser() {
    const browser = env.proxied.browser();
    const answer = await browser.post('signIn', {
      email: env.mock.mock.seeded.mfa.email,
      password: env.mock.mock.seeded.mfa.password,
    });
    expect(answer.body).toMatchObject({ type: 'mfa' });
    return browser;
  }

  it('another browser cannot use it', async () => {
    const victim = await pendingBrowser();
    const before = env.proxied.upstream.calls.length;
    const attacker = victim.stranger();
    const answer = await attacker.post('verifyRecoveryCode', {
      code: env.mock.mock.seeded.mfa.recoveryCodes[0],
    });
    expect(answer.status).toBe(401);
    expect(env.proxied.upstream.calls.length).toBe(before);
  });

  it('is used up by a successful exchange: replaying it makes no call to AuthFlow', async () => {
    const browser = await pendingBrowser();
    const pendingCookies = new Map(browser.cookies);
    await browser.post('verifyTotp', { code: totpCode(env.mock.mock.seeded.mfa.totpSecret) });
    expect([...browser.cookies.values()]).not.toEqual([...pendingCookies.values()]);

    const replay = browser.stranger();
    for (const [name, value] of pendingCookies) replay.cookies.set(name, value);
    const before = env.proxied.upstream.calls.length;
    const answer = await replay.post('verifyRecoveryCode', {
      code: env.mock.mock.seeded.mfa.recoveryCodes[1],
    });
    expect(answer.status).toBe(401);
    expect(env.proxied.upstream.calls.length).toBe(before);
  });

  it('sends AuthFlow the tempToken, email, org and role it kept, never asking the browser', async () => {
    const browser = await pendingBrowser();
    await browser.post('sendEmailCode');
    const call = env.proxied.upstream.calls.find((entry) => entry.path === '/auth/2fa/backup/email');
    expect(JSON.parse(call?.body ?? '{}')).toEqual({
      tempToken: expect.stringMatching(/\S+/),
      email: env.mock.mock.seeded.mfa.email,
      org_id: env.mock.mock.seeded.orgId,
      role: 'user',
    });
  });

  it('is forgotten when AuthFlow says the tempToken expired', async () => {
    const browser = await pendingBrowser();
    env.mock.mock.setScenario({ name: 'expired-temp-token' });
    const answer = await browser.post('verifyTotp', { code: totpCode(env.mock.mock.seeded.mfa.totpSecret) });
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'expired' } } });
    env.mock.mock.setScenario(null);
    const before = env.proxied.upstream.calls.length;
    expect((await browser.post('verifyTotp', { code: '123456' })).status).toBe(401);
    expect(env.proxied.upstream.calls.length).toBe(before);
  });
});

describe('given a pending sign-in older than its time to live', () => {
  it('is refused without a call to AuthFlow', async () => {
    let time = Date.now();
    const clocked = await startProxy(env.mock, { now: () => time, pendingLoginTtlMs: 60_000 });
    const browser = clocked.browser();
    await browser.post('signIn', {
      email: env.mock.mock.seeded.mfa.email,
      password: env.mock.mock.seeded.mfa.password,
    });
    time += 60_001;
    const before = clocked.upstream.calls.length;
    const answer = await browser.post('verifyTotp', { code: totpCode(env.mock.mock.seeded.mfa.totpSecret) });
    expect(answer).toMatchObject({ status: 401, body: { error: { code: 'expired' } } });
    expect(clocked.upstream.calls.length).toBe(before);
    await clocked.close();
  });
});
