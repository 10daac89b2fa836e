import type { RequestHandler } from 'msw';
import { DEFAULT_APP_URL, DEFAULT_BASE_URL, DEV_API_KEY } from './constants.js';
import { createMockStore } from './create-mock-store.js';
import { createHandlers } from './handlers/create-handlers.js';
import type { MockContext } from './mock-context.js';
import type { Outbox } from './outbox.js';
import type { PasskeySettings } from './passkey-settings.js';
import type { Scenario } from './scenario.js';
import { type SeededAccounts, seededAccounts } from './seeded-accounts.js';
import { createSigningKeys, exportPublicKey, type MockPublicKey } from './tokens/signing-keys.js';

export interface CreateMockAuthFlowOptions {
  /**
   * Where the routes answer: an origin (`http://localhost:4010`) or, for the browser worker, a path
   * relative to the page (`/authflow` serves `/authflow/auth/...`). Default `http://localhost:4010`.
   */
  baseUrl?: string;
  /** The API key the key-bearing routes accept. Default `DEV_API_KEY`. */
  apiKey?: string;
  /** The clock for every expiry, JWT `iat`/`exp` included, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Start with the seeded owner, member and 2FA member (`seeded`). Default `true`; `false`: no accounts. */
  seed?: boolean;
  /** Where reset links in the outbox point (`<appUrl>/reset-password?token=`). Default `http://localhost:5173`. */
  appUrl?: string;
  /**
   * Serve the `passkeys` extension group (`docs/passkeys.md`) with these relying-party settings,
   * and list it in `GET /`. Default `false`: plain AuthFlow, whose `/auth/passkeys/*` paths are 404.
   */
  passkeys?: PasskeySettings | false;
}

/** One stateful in-memory AuthFlow. Instances share nothing. */
export interface MockAuthFlow {
  /** MSW handlers for every contract route, `GET /`, and a JSON 404 for other `/auth` paths. */
  readonly handlers: RequestHandler[];
  /** Every email the instance "sent". */
  readonly outbox: Outbox;
  /** The seeded accounts, with passwords, the TOTP secret and recovery codes. */
  readonly seeded: SeededAccounts;
  /** `baseUrl` without a trailing slash. */
  readonly baseUrl: string;
  readonly apiKey: string;
  /** The active scenario, if any. */
  readonly scenario: Scenario | null;
  /** Switches a named fault on (`null`: off). */
  setScenario(scenario: Scenario | null): void;
  /** Back to the starting state: seeded accounts only, no sessions, empty outbox, no scenario. */
  reset(): void;
  /** The public half of the instance's RS512 signing key, to verify its JWTs. */
  publicKey(): Promise<MockPublicKey>;
}

/** Creates a mock AuthFlow with its own store, clock, key pair and scenario switch. */
export function createMockAuthFlow(options: CreateMockAuthFlowOptions = {}): MockAuthFlow {
  const store = createMockStore({ seed: options.seed ?? true });
  const context: MockContext = {
    store,
    apiKey: options.apiKey ?? DEV_API_KEY,
    baseUrl: (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
    appUrl: (options.appUrl ?? DEFAULT_APP_URL).replace(/\/+$/, ''),
    now: options.now ?? Date.now,
    signingKeys: createSigningKeys(),
    passkeys: options.passkeys ?? false,
  };

  return {
    handlers: createHandlers(context),
    outbox: {
      messages: (email) =>
        store.outbox
          .filter((message) => email === undefined || message.to === email)
          .map((message) => ({ ...message })),
    },
    seeded: seededAccounts,
    baseUrl: context.baseUrl,
    apiKey: context.apiKey,
    get scenario() {
      return store.scenario;
    },
    setScenario: (scenario) => {
      store.scenario = scenario;
    },
    reset: () => store.reset(),
    publicKey: () => exportPublicKey(context.signingKeys),
  };
}
