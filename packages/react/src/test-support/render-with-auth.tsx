import {
  type AuthClient,
  type AuthUser,
  createAuthClient,
  createMemoryStorage,
  type Session,
  sessionStorageKey,
  type TwoFactorStatus,
  type WebAuthnSource,
} from '@authflow-ui/core';
import { type RenderResult, render } from '@testing-library/react';
import { type UserEvent, userEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { AuthProvider, type AuthProviderProps } from '../provider/auth-provider.js';

/** The mock's public development key (common decisions); never a real key. */
export const DEV_API_KEY = 'af_deadbeefdeadbeefdeadbeefdeadbeef';
export const MOCK_BASE_URL = 'http://localhost:4010';

const clients: AuthClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});

export interface TestClientOptions {
  baseUrl?: string;
  /** Start signed in as this user (a session restored from storage). */
  signedInAs?: AuthUser;
  /** Whether that restored session has two-step verification on. Default `disabled`. */
  twoFactor?: TwoFactorStatus;
  now?: () => number;
  /** Where passkey ceremonies run (jsdom has no WebAuthn). Default: the browser's, absent here. */
  webAuthn?: WebAuthnSource;
}

/**
 * A core client for one test: pointed at the mock with the dev key (jsdom looks like a
 * browser, hence `dangerouslyAllowBrowser`), with no cross-tab sync between tests, destroyed
 * after the test.
 */
export function createTestClient(options: TestClientOptions = {}): AuthClient {
  const storage = createMemoryStorage();
  if (options.signedInAs) {
    const session: Session = {
      user: options.signedInAs,
      token: null,
      expiresAt: null,
      twoFactor: options.twoFactor ?? 'disabled',
    };
    storage.setItem(sessionStorageKey, JSON.stringify(session));
  }
  const client = createAuthClient({
    baseUrl: options.baseUrl ?? MOCK_BASE_URL,
    apiKey: DEV_API_KEY,
    dangerouslyAllowBrowser: true,
    crossTabSync: false,
    storage,
    ...(options.now ? { now: options.now } : {}),
    ...(options.webAuthn ? { webAuthn: options.webAuthn } : {}),
  });
  clients.push(client);
  return client;
}

export interface RenderWithAuthOptions {
  client?: AuthClient;
  providerProps?: Omit<AuthProviderProps, 'client' | 'baseUrl' | 'mode' | 'initialSession' | 'children'>;
}

export interface RenderWithAuthResult extends RenderResult {
  user: UserEvent;
  client: AuthClient;
}

/** Renders `ui` inside an `<AuthProvider>` with a test client, plus a user-event session. */
export function renderWithAuth(ui: ReactElement, options: RenderWithAuthOptions = {}): RenderWithAuthResult {
  const client = options.client ?? createTestClient();
  // No timer between keystrokes: the same events, without a macrotask per character.
  const user = userEvent.setup({ delay: null });
  const result = render(
    <AuthProvider client={client} {...options.providerProps}>
      {ui}
    </AuthProvider>,
  );
  return { ...result, user, client };
}
