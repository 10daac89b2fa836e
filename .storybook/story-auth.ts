/*
 * The fake AuthFlow behind every story: a fresh mock (its own accounts, outbox and scenario) and a
 * fresh client per story, so no story sees another's sign-ins. The workspace packages are
 * imported by path because the repository root (where Storybook's config lives) does not depend
 * on them by name; inside the packages they are still read from source.
 */
import {
  type AuthClient,
  createAuthClient,
  isAuthError,
  type MfaChallenge,
} from '../packages/core/src/index.js';
import {
  createMockAuthFlow,
  type MockAuthFlow,
  parseScenario,
  type Scenario,
} from '../packages/mocks/src/index.js';
import type { Appearance, LocalizationOverrides } from '../packages/react/src/index.js';

/** Where the in-page mock answers: `/authflow/auth/...` on the Storybook origin. */
export const MOCK_BASE_PATH = '/authflow';

/**
 * The mock's published development key (see the mocks package). It unlocks nothing but the
 * in-page fake, which is why the client may hold it in a browser here.
 */
export const DEV_API_KEY = 'af_deadbeefdeadbeefdeadbeefdeadbeef';

export type SeededAccountName = 'owner' | 'member' | 'mfa';

/** Who is signed in when the story renders. Default: nobody. */
export type StorySession =
  | { as: 'nobody' }
  | { as: 'seeded'; account: SeededAccountName }
  /** The 2FA account passed its password step; `StoryAuth.challenge` holds the pending challenge. */
  | { as: 'challenged' }
  | { as: 'new'; email: string; password: string; fullname: string };

/** `parameters.authflow` of a story. */
export interface AuthflowStoryParameters {
  session?: StorySession;
  /** A mock scenario switched on after the session is ready; overrides the toolbar's. */
  scenario?: Scenario | string | null;
  /** Ask for a password reset of this seeded account first, so a real reset token is in the outbox. */
  requestPasswordReset?: SeededAccountName;
  /** Recovery codes of the 2FA account spent before the story renders (out of ten). */
  recoveryCodesUsed?: number;
  appearance?: Appearance;
  localization?: LocalizationOverrides;
}

declare module 'storybook/internal/csf' {
  interface Parameters {
    authflow?: AuthflowStoryParameters;
  }
}

/** What a story's play function can reach: the mock (outbox, scenarios) and the client. */
export interface StoryAuth {
  readonly mock: MockAuthFlow;
  readonly client: AuthClient;
  /** Set by the `challenged` session: the second factor the 2FA account still owes. */
  challenge: MfaChallenge | null;
}

const created = new WeakSet<object>();

function isStoryAuth(value: unknown): value is StoryAuth {
  return typeof value === 'object' && value !== null && created.has(value);
}

/** A new mock and client; nothing is sent until the story's `beforeEach`. */
export function createStoryAuth(): StoryAuth {
  const mock = createMockAuthFlow({ baseUrl: MOCK_BASE_PATH });
  const client = createAuthClient({
    baseUrl: MOCK_BASE_PATH,
    apiKey: DEV_API_KEY,
    dangerouslyAllowBrowser: true,
    storage: 'memory',
    // Stories run side by side (docs pages, parallel test files): one sign-out must not end them all.
    crossTabSync: false,
  });
  const auth: StoryAuth = { mock, client, challenge: null };
  created.add(auth);
  return auth;
}

/** The story's mock and client, put in `loaded` by the preview's loader. */
export function storyAuthOf(context: { loaded: Record<string, unknown> }): StoryAuth {
  const value = context.loaded.authflow;
  if (!isStoryAuth(value)) {
    throw new Error('The AuthFlow story loader did not run: is .storybook/preview.tsx in use?');
  }
  return value;
}

/** The toolbar value (`none` or `parseScenario` text) or a story's own scenario. */
export function resolveScenario(
  fromStory: AuthflowStoryParameters['scenario'],
  fromToolbar: unknown,
): Scenario | null {
  if (fromStory !== undefined) return typeof fromStory === 'string' ? parseScenario(fromStory) : fromStory;
  return typeof fromToolbar === 'string' ? parseScenario(fromToolbar) : null;
}

async function signInWithPassword(auth: StoryAuth, email: string, password: string): Promise<void> {
  const result = await auth.client.signIn({ email, password });
  if (result.type !== 'session') throw new Error(`The story expected ${email} to sign in without 2FA`);
}

/** Signs the 2FA account in with its next unused recovery code (no clock-bound TOTP needed). */
async function signInWithRecoveryCode(auth: StoryAuth, code: string): Promise<void> {
  const { email, password } = auth.mock.seeded.mfa;
  const result = await auth.client.signIn({ email, password });
  if (result.type !== 'mfa') throw new Error('The story expected the 2FA account to need a second factor');
  await auth.client.mfa.verifyRecoveryCode(result.challenge, code);
}

/** Brings the mock and client to the state the story asks for, before anything renders. */
export async function prepareStoryAuth(auth: StoryAuth, parameters: AuthflowStoryParameters): Promise<void> {
  const recoveryCodes = auth.mock.seeded.mfa.recoveryCodes;
  const used = parameters.recoveryCodesUsed ?? 0;
  for (const code of recoveryCodes.slice(0, used)) {
    await signInWithRecoveryCode(auth, code);
    await auth.client.signOut();
  }

  if (parameters.requestPasswordReset !== undefined) {
    await auth.client.forgotPassword({ email: auth.mock.seeded[parameters.requestPasswordReset].email });
  }

  const session = parameters.session ?? { as: 'nobody' };
  switch (session.as) {
    case 'nobody':
      break;
    case 'seeded': {
      if (session.account === 'mfa') {
        const code = recoveryCodes[used];
        if (code === undefined) throw new Error('No recovery code left to sign the 2FA account in');
        await signInWithRecoveryCode(auth, code);
        break;
      }
      const account = auth.mock.seeded[session.account];
      await signInWithPassword(auth, account.email, account.password);
      break;
    }
    case 'challenged': {
      const { email, password } = auth.mock.seeded.mfa;
      const result = await auth.client.signIn({ email, password });
      if (result.type !== 'mfa')
        throw new Error('The story expected the 2FA account to need a second factor');
      auth.challenge = result.challenge;
      break;
    }
    case 'new':
      await auth.client.signUp({
        email: session.email,
        password: session.password,
        fullname: session.fullname,
      });
      break;
    default:
      session satisfies never;
  }
}

/** The token of the newest email of this kind the mock sent (a reset or verification link). */
export function latestOutboxToken(auth: StoryAuth, kind: 'reset-password' | 'verify-email'): string {
  const message = auth.mock.outbox
    .messages()
    .filter((sent) => sent.kind === kind)
    .at(-1);
  if (message?.token === undefined) throw new Error(`The story expected a ${kind} email in the outbox`);
  return message.token;
}

/** Stops the client's timers and forgets its session; the mock goes with the story. */
export function disposeStoryAuth(auth: StoryAuth): void {
  auth.client.destroy();
}

/** Turns a failed preparation into a message that names the story's setup, not the component. */
export function describePreparationFailure(error: unknown): Error {
  if (isAuthError(error))
    return new Error(`Preparing the story's session failed: ${error.code} ${error.message}`);
  return error instanceof Error ? error : new Error(String(error));
}
