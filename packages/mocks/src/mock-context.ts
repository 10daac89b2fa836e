import type { CryptoKey } from 'jose';
import type { MockStore } from './create-mock-store.js';
import type { PasskeySettings } from './passkey-settings.js';

export interface SigningKeys {
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/** What every handler of one mock instance shares. */
export interface MockContext {
  readonly store: MockStore;
  readonly apiKey: string;
  /** Where the handlers answer, without a trailing slash. */
  readonly baseUrl: string;
  /** Where reset links point. */
  readonly appUrl: string;
  /** The mock's clock in milliseconds; every expiry reads it. */
  readonly now: () => number;
  /** The instance's RS512 key pair, generated on first use. */
  readonly signingKeys: () => Promise<SigningKeys>;
  /** The `passkeys` extension group's settings, or `false` when this AuthFlow has none. */
  readonly passkeys: PasskeySettings | false;
}
