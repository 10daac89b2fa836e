import type {
  Passkey,
  PasskeyAuthenticationResponse,
  PasskeyCreationOptions,
  PasskeyRegistrationResponse,
  PasskeyRequestOptions,
  TwoFactorStatus,
} from '@authflow-ui/contract';
import type { SessionCredentials, SessionGrant, TransportCallOptions } from './transport.js';

/**
 * A passkey sign-in's session. `twoFactor` is what the backend says of the account (a passkey
 * skips the second step, so the way the session began cannot tell); `'disabled'` when it is silent.
 */
export type PasskeySessionGrant = SessionGrant & { twoFactor: TwoFactorStatus };

/** The `passkeys` extension group's operations (`docs/passkeys.md`), free of HTTP details. */
export interface PasskeyTransport {
  registrationOptions(
    session: SessionCredentials,
    options: TransportCallOptions,
  ): Promise<PasskeyCreationOptions>;
  verifyRegistration(
    session: SessionCredentials,
    input: { response: PasskeyRegistrationResponse; name?: string | undefined },
    options: TransportCallOptions,
  ): Promise<Passkey>;
  list(session: SessionCredentials, options: TransportCallOptions): Promise<Passkey[]>;
  rename(
    session: SessionCredentials,
    input: { id: string; name: string },
    options: TransportCallOptions,
  ): Promise<Passkey>;
  remove(
    session: SessionCredentials,
    input: { id: string; password: string },
    options: TransportCallOptions,
  ): Promise<void>;
  loginOptions(
    input: { role: string; email?: string | undefined },
    options: TransportCallOptions,
  ): Promise<PasskeyRequestOptions>;
  verifyLogin(
    input: { role: string; response: PasskeyAuthenticationResponse },
    options: TransportCallOptions,
  ): Promise<PasskeySessionGrant>;
}
