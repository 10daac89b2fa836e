import type { AuthenticatorTransportName } from '@authflow-ui/contract';
import { MOCK_ORG_ID } from './constants.js';
import type { OutboxMessage } from './outbox.js';
import { randomPasskeyUserId } from './random.js';
import type { Scenario } from './scenario.js';
import { type SeededAccount, seededAccounts } from './seeded-accounts.js';

export type TwoFactorState =
  | { status: 'disabled' }
  | {
      status: 'enabled';
      secret: string;
      recoveryCodes: string[];
      /** The last TOTP time step accepted, so a code cannot be replayed. */
      lastUsedStep: number | null;
    };

/** A passkey the mock saved after verifying its registration. */
export interface StoredPasskey {
  /** Credential id, base64url. */
  readonly id: string;
  /** COSE public key from the registration. */
  readonly publicKey: Uint8Array<ArrayBuffer>;
  /** The signature counter last seen; a lower one later means a cloned authenticator. */
  counter: number;
  readonly transports: AuthenticatorTransportName[];
  name: string;
  readonly createdAt: number;
  lastUsedAt: number | null;
  readonly backedUp: boolean;
}

/** A challenge handed out by a passkey options route, waiting for its single use. */
export type PasskeyChallenge =
  | {
      readonly purpose: 'registration';
      readonly email: string;
      readonly role: string;
      readonly expiresAt: number;
    }
  | {
      readonly purpose: 'login';
      readonly email: string | null;
      readonly role: string;
      readonly expiresAt: number;
    };

export interface Account {
  readonly email: string;
  readonly role: string;
  fullname: string;
  password: string;
  disclaimed: string;
  verified: boolean;
  twoFactor: TwoFactorState;
  /** The secret `2fa/enable` handed out last; `verify-setup` accepts only this one. */
  issuedTotpSecret: string | null;
  /** WebAuthn user handle (base64url), random per account, so a recreated account is a new user. */
  readonly passkeyUserId: string;
  /** Deleted with the account: a passkey never outlives the account it signs in to. */
  passkeys: StoredPasskey[];
}

/** Who a token or code belongs to, and until when it is good (ms of the mock's clock). */
export interface Grant {
  readonly email: string;
  readonly role: string;
  readonly expiresAt: number;
}

/** A password-checked login waiting for its second factor. */
export interface PendingLogin extends Grant {
  readonly tempToken: string;
  emailCode: { readonly code: string; readonly expiresAt: number } | null;
}

/** All the fake backend's data for one mock instance. `reset()` restores the starting state. */
export interface MockStore {
  readonly orgId: string;
  owner: { readonly email: string; readonly role: string } | null;
  /** Accounts by `accountKey(email, role)`. */
  readonly accounts: Map<string, Account>;
  /** Live sessions by JWT `jti`; logout and password resets delete entries. */
  readonly sessions: Map<string, Grant>;
  readonly resetTokens: Map<string, Grant>;
  readonly verificationTokens: Map<string, Grant>;
  /** At most one pending login per account, by `accountKey(email, role)`. */
  readonly pendingLogins: Map<string, PendingLogin>;
  /** Passkey challenges by their base64url text, each usable once. */
  readonly passkeyChallenges: Map<string, PasskeyChallenge>;
  readonly outbox: OutboxMessage[];
  scenario: Scenario | null;
  findAccount(email: string, role: string): Account | undefined;
  saveAccount(account: Account): void;
  reset(): void;
}

/** Accounts are unique per (email, role); JSON keeps the pair unambiguous whatever the characters. */
export function accountKey(email: string, role: string): string {
  return JSON.stringify([email, role]);
}

function seededAccount(seed: SeededAccount): Account {
  return {
    email: seed.email,
    role: seed.role,
    fullname: seed.fullname,
    password: seed.password,
    disclaimed: 'true',
    verified: true,
    twoFactor: { status: 'disabled' },
    issuedTotpSecret: null,
    passkeyUserId: randomPasskeyUserId(),
    passkeys: [],
  };
}

export interface CreateMockStoreOptions {
  /** Start with the seeded organization owner, member and 2FA member. */
  seed: boolean;
}

export function createMockStore({ seed }: CreateMockStoreOptions): MockStore {
  const store: MockStore = {
    orgId: MOCK_ORG_ID,
    owner: null,
    accounts: new Map(),
    sessions: new Map(),
    resetTokens: new Map(),
    verificationTokens: new Map(),
    pendingLogins: new Map(),
    passkeyChallenges: new Map(),
    outbox: [],
    scenario: null,
    findAccount: (email, role) => store.accounts.get(accountKey(email, role)),
    saveAccount: (account) => {
      store.accounts.set(accountKey(account.email, account.role), account);
    },
    reset: () => {
      store.accounts.clear();
      store.sessions.clear();
      store.resetTokens.clear();
      store.verificationTokens.clear();
      store.pendingLogins.clear();
      store.passkeyChallenges.clear();
      store.outbox.length = 0;
      store.scenario = null;
      store.owner = null;
      if (!seed) return;
      const { owner, member, mfa } = seededAccounts;
      store.owner = { email: owner.email, role: owner.role };
      store.saveAccount(seededAccount(owner));
      store.saveAccount(seededAccount(member));
      store.saveAccount({
        ...seededAccount(mfa),
        twoFactor: {
          status: 'enabled',
          secret: mfa.totpSecret,
          recoveryCodes: [...mfa.recoveryCodes],
          lastUsedStep: null,
        },
      });
    },
  };
  store.reset();
  return store;
}
