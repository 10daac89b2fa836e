import type { ReauthenticationActions, ReauthenticationResult, SessionsActions } from './account-security.js';
import type { AccountSecurityTransport } from './account-security-transport.js';
import type { CallOptions } from './auth-client.js';
import { AuthError } from './auth-error.js';
import type { SessionCredentials, Transport } from './transport.js';

export interface AccountSecurityContext {
  transport: Transport;
  /** Runs a signed-in call; a `session_expired` answer signs this client out. */
  withSession<T>(run: (session: SessionCredentials) => Promise<T>): Promise<T>;
  now: () => number;
}

export interface AccountSecurityPart {
  sessions: SessionsActions;
  reauthenticate(input: { password: string }, options?: CallOptions): Promise<ReauthenticationResult>;
  reauthentication: ReauthenticationActions;
}

/** The client's sessions and re-authentication, built from the transport. */
export function createAccountSecurityPart({
  transport,
  withSession,
  now,
}: AccountSecurityContext): AccountSecurityPart {
  const security = (): AccountSecurityTransport => {
    if (transport.accountSecurity !== null) return transport.accountSecurity;
    throw new AuthError(
      'configuration',
      'Sessions and re-authentication need @authflow-ui/proxy (mode: "proxy"); AuthFlow itself keeps no session list. Check client.capabilities() first',
    );
  };
  const signedIn = <T>(run: (account: AccountSecurityTransport) => Promise<T>): Promise<T> =>
    withSession(() => run(security()));

  return {
    sessions: {
      list: (options = {}) => signedIn((account) => account.listSessions(options)),
      revoke: (id, options = {}) =>
        signedIn(async (account) => {
          await account.revokeSession(id, options);
        }),
      revokeOthers: (options = {}) =>
        signedIn(async (account) => ({ revoked: await account.revokeOtherSessions(options) })),
    },
    reauthenticate: (input, options = {}) =>
      signedIn((account) => account.reauthenticate(input.password, options)),
    reauthentication: {
      verifyTotp: (code, options = {}) =>
        signedIn((account) => account.verifyReauthentication('totp', code, options)),
      sendEmailCode: (options = {}) =>
        signedIn(async (account) => {
          await account.sendReauthenticationEmailCode(options);
          return { sentAt: now() };
        }),
      verifyEmailCode: (code, options = {}) =>
        signedIn((account) => account.verifyReauthentication('email', code, options)),
      verifyRecoveryCode: (code, options = {}) =>
        signedIn((account) => account.verifyReauthentication('recovery', code, options)),
    },
  };
}
