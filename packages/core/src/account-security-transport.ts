import type { DeviceSession, MfaMethod } from '@authflow-ui/contract';
import type { Reauthenticated, ReauthenticationResult } from './account-security.js';
import type { TransportCallOptions } from './transport.js';

/** The second factors a re-authentication can finish with (emailed codes are sent first). */
export type ReauthenticationFactor = MfaMethod;

/**
 * The operations of a backend that keeps sessions itself (`@authflow-ui/proxy`). Plain AuthFlow
 * has none of them: a transport without them has `accountSecurity: null`.
 */
export interface AccountSecurityTransport {
  listSessions(options: TransportCallOptions): Promise<DeviceSession[]>;
  revokeSession(id: string, options: TransportCallOptions): Promise<number>;
  revokeOtherSessions(options: TransportCallOptions): Promise<number>;
  reauthenticate(password: string, options: TransportCallOptions): Promise<ReauthenticationResult>;
  sendReauthenticationEmailCode(options: TransportCallOptions): Promise<void>;
  verifyReauthentication(
    factor: ReauthenticationFactor,
    code: string,
    options: TransportCallOptions,
  ): Promise<Reauthenticated>;
}
