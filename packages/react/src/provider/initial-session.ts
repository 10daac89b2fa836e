import type { AuthUser, Session, TwoFactorStatus } from '@authflow-ui/core';

/**
 * Who is signed in, as the server read it for this page: the answer of `getSession` in
 * `@authflow-ui/proxy` fits as it is.
 */
export type InitialSession =
  | {
      status: 'signedIn';
      user: AuthUser;
      /** Epoch milliseconds. */
      expiresAt: number | null;
      /** Whether this session's account has two-step verification on. */
      twoFactor: TwoFactorStatus;
    }
  | { status: 'signedOut' };

/** The core session a signed-in answer describes; the proxy keeps the token, so there is none. */
export function sessionFromInitial(initial: InitialSession | undefined): Session | undefined {
  if (initial?.status !== 'signedIn') return undefined;
  return { user: initial.user, token: null, expiresAt: initial.expiresAt, twoFactor: initial.twoFactor };
}
