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
  type WebAuthnSource,
} from '../packages/core/src/index.js';
import {
  createMockAuthFlow,
  createSoftwareAuthenticator,
  type MockAuthFlow,
  type PasskeySettings,
  parseScenario,
  type Scenario,
  type SoftwareAuthenticator,
} from '../packages/mocks/src/index.js';
import type { Appearance, LocalizationOverrides } from '../packages/react/src/index.js';
import {
  createStoryWebAuthn,
  type StoryBrowser,
  type StoryPerson,
  type StoryWebAuthn,
  webAuthnOf,
} from './story-webauthn.js';

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

/** A passkey the seeded member already has when the story renders. */
export interface StoryPasskey {
  name: string;
  /** Whose authenticator holds it: this browser's, or another device's (a phone, a security key). */
  on: 'this-browser' | 'another-device';
  /**
   * What happened since it was added: nothing; a sign-in with it (its last use); or it was
   * removed from the account elsewhere while the authenticator kept it. Default `nothing`.
   */
  afterwards?: 'nothing' | 'signed-in' | 'removed';
}

/** The backend's `passkeys` group and this browser's WebAuthn, scripted. */
export interface StoryPasskeys {
  /** `absent`: plain AuthFlow, whose `/auth/passkeys/*` paths are 404 and whose `GET /` omits the group. */
  backend: 'served' | 'absent';
  /** Default `webauthn`. */
  browser?: StoryBrowser;
  /** What the person does when a passkey prompt opens. Default `confirms`. */
  person?: StoryPerson;
  /** The seeded member's passkeys, made before the story renders. Default none. */
  memberPasskeys?: readonly StoryPasskey[];
}

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
  /** Passkey stories: the backend's group and a scripted browser. Default: plain AuthFlow, Chromium's own WebAuthn. */
  passkeys?: StoryPasskeys;
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
  /** The scripted browser of a story with `passkeys`; `null` otherwise. */
  readonly webAuthn: StoryWebAuthn | null;
  /** Paths the story's client asked the mock for since the story rendered (`/` is discovery). */
  readonly requests: string[];
}

const created = new WeakSet<object>();

function isStoryAuth(value: unknown): value is StoryAuth {
  return typeof value === 'object' && value !== null && created.has(value);
}

/** The relying party of the in-page mock: whatever origin Storybook (or its test run) serves. */
function storyPasskeySettings(): PasskeySettings {
  const { hostname, origin } = globalThis.location;
  return { rpName: 'AuthFlow UI Storybook', rpId: hostname, origins: [origin] };
}

function createStoryClient(options: { webAuthn?: WebAuthnSource; onRequest?: (path: string) => void }) {
  const { webAuthn, onRequest } = options;
  return createAuthClient({
    baseUrl: MOCK_BASE_PATH,
    apiKey: DEV_API_KEY,
    dangerouslyAllowBrowser: true,
    storage: 'memory',
    // Stories run side by side (docs pages, parallel test files): one sign-out must not end them all.
    crossTabSync: false,
    ...(webAuthn ? { webAuthn } : {}),
    ...(onRequest
      ? {
          fetch: (request: Request) => {
            onRequest(new URL(request.url).pathname.slice(MOCK_BASE_PATH.length) || '/');
            return globalThis.fetch(request);
          },
        }
      : {}),
  });
}

/** A new mock and client; nothing is sent until the story's `beforeEach`. */
export function createStoryAuth(parameters: AuthflowStoryParameters): StoryAuth {
  const { passkeys } = parameters;
  const mock = createMockAuthFlow({
    baseUrl: MOCK_BASE_PATH,
    passkeys: passkeys?.backend === 'served' ? storyPasskeySettings() : false,
  });
  const webAuthn = passkeys
    ? createStoryWebAuthn(passkeys.browser ?? 'webauthn', passkeys.person ?? 'confirms')
    : null;
  const requests: string[] = [];
  const client = createStoryClient({
    ...(webAuthn ? { webAuthn } : {}),
    onRequest: (path) => requests.push(path),
  });
  const auth: StoryAuth = { mock, client, challenge: null, webAuthn, requests };
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

/** The scripted browser of a story with `parameters.authflow.passkeys`. */
export function storyWebAuthnOf(context: { loaded: Record<string, unknown> }): StoryWebAuthn {
  const { webAuthn } = storyAuthOf(context);
  if (webAuthn === null) throw new Error('Only a story with `authflow.passkeys` has a scripted browser');
  return webAuthn;
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

/**
 * Each passkey is made by the member on its own device in a separate client, as on another
 * day, so the story's client starts with nothing but the session the story asks for.
 */
async function prepareMemberPasskeys(
  auth: StoryAuth,
  thisBrowser: SoftwareAuthenticator,
  passkeys: readonly StoryPasskey[],
): Promise<void> {
  const { email, password } = auth.mock.seeded.member;
  for (const passkey of passkeys) {
    const device =
      passkey.on === 'this-browser'
        ? thisBrowser
        : createSoftwareAuthenticator({ origin: globalThis.location.origin });
    const member = createStoryClient({ webAuthn: webAuthnOf(device) });
    try {
      await member.signIn({ email, password });
      const added = await member.passkeys.register({ name: passkey.name });
      const afterwards = passkey.afterwards ?? 'nothing';
      switch (afterwards) {
        case 'nothing':
          break;
        case 'signed-in':
          await member.signOut();
          await member.passkeys.signIn({ email });
          break;
        case 'removed':
          await member.passkeys.remove({ id: added.id, password });
          break;
        default:
          afterwards satisfies never;
      }
      await member.signOut();
    } finally {
      member.destroy();
    }
  }
}

/** Brings the mock and client to the state the story asks for, before anything renders. */
export async function prepareStoryAuth(auth: StoryAuth, parameters: AuthflowStoryParameters): Promise<void> {
  const memberPasskeys = parameters.passkeys?.memberPasskeys ?? [];
  if (auth.webAuthn !== null) await prepareMemberPasskeys(auth, auth.webAuthn.device, memberPasskeys);

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
  auth.requests.splice(0);
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
