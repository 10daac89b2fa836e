import { isRecord } from '@authflow-ui/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEV_API_KEY } from './constants.js';
import { type MockServer, startMockServer } from './start-mock-server.js';
import { getWithQuery } from './test-support/raw-http.js';
import type { SampleStoreState } from './test-support/sample-client/store.js';

/**
 * The sample client printed at the end of the contract (`lib/auth.ts`), unchanged, against the mock.
 * It reads its base URL and key from the environment when the module loads, so each case loads a
 * fresh copy after setting them. (The copy is kept out of the type check: it is not strict-clean.)
 */

interface SampleUser {
  email: string;
  fullname: string;
  org_id: string;
  role: string;
  token: string;
}

interface SampleClient {
  signUp(email: string, password: string, fullname: string, role?: string): Promise<SampleUser>;
  signIn(email: string, password: string, role?: string): Promise<SampleUser>;
  signOut(): Promise<void>;
  getAuthState(): { user: SampleUser | null; isAuthenticated: boolean; isLoading: boolean };
  authFlowClient: {
    validateToken(token: string, email: string): Promise<boolean>;
    changePassword(
      sessionToken: string,
      email: string,
      oldPassword: string,
      newPassword: string,
    ): Promise<void>;
  };
}

function isSampleClient(value: unknown): value is SampleClient {
  return (
    isRecord(value) &&
    typeof value.signUp === 'function' &&
    typeof value.signIn === 'function' &&
    typeof value.signOut === 'function' &&
    typeof value.getAuthState === 'function' &&
    isRecord(value.authFlowClient)
  );
}

const sampleClientUrl = new URL('./test-support/sample-client/auth.ts', import.meta.url).href;

/** What the sample told its app store, from the module instance the freshly loaded sample uses. */
let storeUpdates: SampleStoreState[] = [];

async function loadSampleClient(apiKey = DEV_API_KEY): Promise<SampleClient> {
  vi.stubEnv('AUTHFLOW_API_URL', server.url);
  vi.stubEnv('AUTHFLOW_API_KEY', apiKey);
  vi.resetModules();
  const loaded: unknown = await import(/* @vite-ignore */ sampleClientUrl);
  if (!isSampleClient(loaded)) throw new Error('the sample client did not load');
  ({ storeUpdates } = await import('./test-support/sample-client/store.js'));
  return loaded;
}

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});
beforeEach(() => {
  server.mock.reset();
});

describe('given the contract sample client against the mock server', () => {
  it('signs up, signs in, validates, changes the password and signs out', async () => {
    const sample = await loadSampleClient();
    const user = await sample.signUp('sam@example.com', 'TestPass123!', 'Sam Sample', 'detective');
    expect(user).toEqual({
      email: 'sam@example.com',
      fullname: 'Sam Sample',
      org_id: server.mock.seeded.orgId,
      role: 'detective',
      token: expect.any(String),
    });
    expect(sample.getAuthState().isAuthenticated).toBe(true);
    expect(storeUpdates.at(-1)).toEqual({ user });

    const signedIn = await sample.signIn('sam@example.com', 'TestPass123!', 'detective');
    expect(await sample.authFlowClient.validateToken(signedIn.token, signedIn.email)).toBe(true);
    const validate = await getWithQuery(server.url, '/auth/validate', {
      sessionToken: signedIn.token,
      email: signedIn.email,
    });
    expect(validate.status).toBe(200);

    await sample.authFlowClient.changePassword(signedIn.token, signedIn.email, 'TestPass123!', 'Changed123!');
    await expect(sample.signIn('sam@example.com', 'TestPass123!', 'detective')).rejects.toThrow(
      /Incorrect password/,
    );
    await sample.signIn('sam@example.com', 'Changed123!', 'detective');
    const { user: current } = sample.getAuthState();

    await sample.signOut();
    expect(sample.getAuthState()).toEqual({ user: null, isAuthenticated: false, isLoading: false });
    expect(storeUpdates.at(-1)).toEqual({ user: null });
    const me = await getWithQuery(server.url, '/auth/me', { sessionToken: current?.token ?? '' });
    expect(me.status).toBe(401);
  });

  it('recognises Incorrect password and an unknown user on sign-in', async () => {
    const sample = await loadSampleClient();
    await expect(sample.signIn('member@example.com', 'Wrong123!', 'user')).rejects.toThrow(
      'Incorrect password. Please check your password and try again.',
    );
    await expect(sample.signIn('ghost@example.com', 'Wrong123!', 'user')).rejects.toThrow(
      'There is no user with that signin info, please use the signup link.',
    );
  });

  it('recognises Invalid or expired token when the fooBar has expired', async () => {
    const sample = await loadSampleClient();
    server.mock.setScenario({ name: 'expired-foobar' });
    await expect(sample.signUp('sam@example.com', 'TestPass123!', 'Sam Sample', 'user')).rejects.toThrow(
      'Signup session expired. Please refresh the page and try again.',
    );
  });

  it('recognises Invalid api_key', async () => {
    const sample = await loadSampleClient('af_0123456789abcdef0123456789abcdef');
    await expect(sample.signUp('sam@example.com', 'TestPass123!', 'Sam Sample', 'user')).rejects.toThrow(
      'Service temporarily unavailable. Please try again later.',
    );
    await expect(sample.signIn('member@example.com', 'MemberPass123!', 'user')).rejects.toThrow(
      'Service temporarily unavailable. Please try again later.',
    );
  });

  it('recognises Password does not meet complexity and Missing required fields on sign-up', async () => {
    const sample = await loadSampleClient();
    await expect(sample.signUp('sam@example.com', 'weakpass', 'Sam Sample', 'user')).rejects.toThrow(
      'Password must be at least 8 characters long and contain uppercase, lowercase, and numbers',
    );
    // Without a role the sample omits the required `role` parameter.
    await expect(sample.signUp('sam@example.com', 'TestPass123!', 'Sam Sample')).rejects.toThrow(
      'Please fill in all required fields',
    );
  });

  it('recognises a duplicate account and a wrong old password', async () => {
    const sample = await loadSampleClient();
    await expect(sample.signUp('member@example.com', 'TestPass123!', 'Max Again', 'user')).rejects.toThrow(
      'An account with this email and role already exists.',
    );
    const member = await sample.signIn('member@example.com', 'MemberPass123!', 'user');
    await expect(
      sample.authFlowClient.changePassword(member.token, member.email, 'Wrong123!', 'Changed123!'),
    ).rejects.toThrow('Invalid session or incorrect old password.');
  });
});
