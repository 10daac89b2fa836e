import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultSessionCheckIntervalMs } from './auth-proxy-options.js';
import {
  type MockServer,
  type ProxiedMock,
  startMock,
  startProxy,
} from './test-support/start-proxied-mock.js';
import type { TestBrowser } from './test-support/test-browser.js';

let mock: MockServer;
let proxied: ProxiedMock;
let clock: number;

beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(async () => {
  mock.mock.reset();
  clock = Date.now();
  // The default window, on a clock the tests move.
  proxied = await startProxy(mock, { now: () => clock });
});
afterEach(async () => {
  await proxied.close();
});

async function signIn(browser: TestBrowser, account: { email: string; password: string }) {
  const answer = await browser.post('signIn', { email: account.email, password: account.password });
  expect(answer.status).toBe(200);
}

const meCalls = () => proxied.upstream.paths.filter((path) => path === '/auth/me').length;

describe('given a browser that signed in a moment ago', () => {
  it('answers its session checks from the record, and asks AuthFlow again once the window passed', async () => {
    const browser = proxied.browser();
    await signIn(browser, mock.mock.seeded.member);
    const afterSignIn = meCalls();

    expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
    clock += defaultSessionCheckIntervalMs - 1;
    expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
    expect(meCalls()).toBe(afterSignIn);

    clock += 1;
    expect((await browser.post('session')).body).toMatchObject({ status: 'signedIn' });
    expect(meCalls()).toBe(afterSignIn + 1);
  });

  it('notices a session AuthFlow ended elsewhere once the window passed', async () => {
    const browser = proxied.browser();
    await signIn(browser, mock.mock.seeded.member);
    mock.mock.setScenario({ name: 'expired-session' });
    clock += defaultSessionCheckIntervalMs;
    expect((await browser.post('session')).body).toEqual({ status: 'signedOut' });
    expect(browser.cookies.size).toBe(0);
  });

  it('ends the session at once when it signs out through the proxy, for a copied cookie too', async () => {
    const browser = proxied.browser();
    await signIn(browser, mock.mock.seeded.member);
    const copy = browser.stranger();
    for (const [name, value] of browser.cookies) copy.cookies.set(name, value);
    await browser.post('signOut');
    expect((await copy.post('session')).body).toEqual({ status: 'signedOut' });
  });

  it('signs out a user the owner deleted through the proxy at once', async () => {
    const member = proxied.browser();
    await signIn(member, mock.mock.seeded.member);
    const owner = proxied.browser();
    await signIn(owner, mock.mock.seeded.owner);
    expect((await owner.post('deleteUser', { userEmail: mock.mock.seeded.member.email })).status).toBe(200);
    expect((await member.post('session')).body).toEqual({ status: 'signedOut' });
    expect((await owner.post('session')).body).toMatchObject({ status: 'signedIn' });
  });

  it('gives getSession in server code the same answer from the same window', async () => {
    const browser = proxied.browser();
    await signIn(browser, mock.mock.seeded.member);
    const afterSignIn = meCalls();
    const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    expect(await proxied.auth.getSession(cookie)).toEqual((await browser.post('session')).body);
    expect(meCalls()).toBe(afterSignIn);
  });
});
