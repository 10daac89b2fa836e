import { seededAccounts } from '@authflow-ui/mocks';
import { describe, expect, it } from 'vitest';
import { createSessionObserver, type SessionEvent } from './session-observer.js';
import { useProxyPageHarness } from './test-support/proxy-page-harness.js';

// The session status a UI shows, through the real proxy in front of the real mock.

const h = useProxyPageHarness();
const { member } = seededAccounts;

function nextChange(observer: ReturnType<typeof createSessionObserver>) {
  return new Promise<void>((resolve) => {
    const unsubscribe = observer.subscribe(() => {
      unsubscribe();
      resolve();
    });
  });
}

describe('given a session observer on a proxy-mode page', () => {
  it('is loading until the proxy answers, then finds the session again without calling it a sign-in', async () => {
    const { browser } = await h.signInWithPassword(member);
    const { client } = h.pageClient({ browser, factory: 'createProxyAuthClient' });
    const observer = createSessionObserver(client);
    const events: SessionEvent[] = [];
    observer.onEvent((event) => events.push(event));
    expect(observer.getSnapshot().status).toBe('loading');

    const found = nextChange(observer);
    observer.start();
    await found;
    expect(observer.getSnapshot()).toMatchObject({ status: 'signedIn', user: { email: member.email } });
    expect(events).toEqual([]);

    await client.signOut();
    expect(observer.getSnapshot().status).toBe('signedOut');
    expect(events).toEqual([{ type: 'signedOut' }]);
    observer.destroy();
  });

  it('settles on signed out when nobody is signed in in this browser, and tells of a later sign-in', async () => {
    const { client } = h.pageClient({ factory: 'createProxyAuthClient' });
    const observer = createSessionObserver(client);
    const events: SessionEvent[] = [];
    observer.onEvent((event) => events.push(event));
    const settled = nextChange(observer);
    observer.start();
    await settled;
    expect(observer.getSnapshot().status).toBe('signedOut');

    await client.signIn({ email: member.email, password: h.secret(member.password) });
    expect(observer.getSnapshot().status).toBe('signedIn');
    expect(events).toEqual([{ type: 'signedIn', user: expect.objectContaining({ email: member.email }) }]);
    observer.destroy();
  });

  it('when stopped before the answer, stays loading, and a second start asks again', async () => {
    const { client, browser } = h.pageClient({ factory: 'createProxyAuthClient' });
    const observer = createSessionObserver(client);
    const stop = observer.start();
    stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(observer.getSnapshot().status).toBe('loading');
    const settled = nextChange(observer);
    observer.start();
    await settled;
    expect(observer.getSnapshot().status).toBe('signedOut');
    expect(browser.requests.length).toBeGreaterThanOrEqual(1);
    observer.destroy();
  });
});
