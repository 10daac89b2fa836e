import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProxyAuthClient } from './create-proxy-auth-client.js';
import type { Session } from './session.js';
import { createSessionStore } from './session-store.js';
import { createMemoryStorage } from './storage-adapters.js';

const start = Date.parse('2026-04-05T12:00:00Z');
const user = { email: 'owner@example.com', fullname: 'Olivia Owner', role: 'user', orgId: 'org-1' };
const fromServer: Session = { user, token: null, expiresAt: start + 60_000, twoFactor: 'disabled' };

afterEach(() => {
  vi.useRealTimers();
});

describe('given a session the server already confirmed', () => {
  it('a proxy-mode client starts signed in with it, before any request', () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const client = createProxyAuthClient({
      baseUrl: '/api/auth',
      initialSession: fromServer,
      fetch,
      now: () => start,
    });
    expect(client.session.getState()).toEqual({
      status: 'signedIn',
      user,
      token: null,
      expiresAt: start + 60_000,
      twoFactor: 'disabled',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('wins over what storage remembers, since the server knows better', () => {
    const storage = createMemoryStorage();
    const stale: Session = {
      user: { ...user, fullname: 'Old Name' },
      token: null,
      expiresAt: start + 10_000,
      twoFactor: 'disabled',
    };
    storage.setItem('authflow-ui:session', JSON.stringify(stale));
    const store = createSessionStore({ storage, initialSession: fromServer, now: () => start });
    expect(store.getState().user?.fullname).toBe('Olivia Owner');
    store.destroy();
  });

  it('is ignored once expired', () => {
    const store = createSessionStore({ initialSession: fromServer, now: () => start + 60_000 });
    expect(store.getState().status).toBe('signedOut');
    store.destroy();
  });

  it('leaves no expiry timer behind on a server, where each page is rendered once', () => {
    vi.useFakeTimers({ now: start });
    createProxyAuthClient({ baseUrl: 'http://127.0.0.1/api/auth', initialSession: fromServer });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('still signs out by timer where asked to', () => {
    vi.useFakeTimers({ now: start });
    const store = createSessionStore({ initialSession: fromServer });
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(store.getState().status).toBe('signedOut');
    store.destroy();
  });
});
