import { type RouteSpec, serverMessages } from '@authflow-ui/contract';
import { type Account, accountKey, type PendingLogin, type TwoFactorState } from '../create-mock-store.js';
import type { MockContext } from '../mock-context.js';
import { errorResponse } from '../responses.js';

export type RequiredPendingLogin =
  | {
      status: 'ok';
      pending: PendingLogin;
      account: Account;
      /** The account's two-factor state, which a pending login implies is enabled. */
      twoFactor: Extract<TwoFactorState, { status: 'enabled' }>;
    }
  | { status: 'rejected'; response: Response };

export interface PendingLoginClaim {
  email: string;
  org_id: string;
  role: string;
  /** Absent on `verify-email-otp` and `verify-recovery`, which the contract binds to no tempToken. */
  tempToken?: string;
}

/**
 * How long the pending login counts: the tempToken's 5 minutes, or, on `verify-email-otp` once a
 * code was mailed, as long as that code (10 minutes; the route then judges the code itself).
 */
export type PendingLoginLifetime = 'temp-token' | 'email-code';

/**
 * The account's latest login still waiting for its second factor (5 minutes), matching everything
 * the request claims; otherwise 401 `Invalid or expired temporary token`.
 */
export function requirePendingLogin(
  context: MockContext,
  route: RouteSpec,
  claim: PendingLoginClaim,
  lifetime: PendingLoginLifetime = 'temp-token',
): RequiredPendingLogin {
  const { store } = context;
  const key = accountKey(claim.email, claim.role);
  const pending = store.pendingLogins.get(key);
  const account = store.findAccount(claim.email, claim.role);
  const rejected = {
    status: 'rejected',
    response: errorResponse(route, 401, serverMessages.tempTokenExpired),
  } as const;
  if (pending === undefined || account === undefined) return rejected;
  const outlivedByEmailCode = lifetime === 'email-code' && pending.emailCode !== null;
  if (pending.expiresAt <= context.now() && !outlivedByEmailCode) {
    store.pendingLogins.delete(key);
    return rejected;
  }
  if (
    claim.org_id !== store.orgId ||
    (claim.tempToken !== undefined && claim.tempToken !== pending.tempToken)
  ) {
    return rejected;
  }
  const { twoFactor } = account;
  if (twoFactor.status !== 'enabled') {
    return { status: 'rejected', response: errorResponse(route, 401, serverMessages.twoFactorNotEnabled) };
  }
  return { status: 'ok', pending, account, twoFactor };
}
