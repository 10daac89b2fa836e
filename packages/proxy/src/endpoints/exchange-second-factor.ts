import type { UpstreamClient, UpstreamFailure } from '../upstream-client.js';
import { normalizeCode } from './endpoint-helpers.js';

/** Whose login waits for its second factor: the `login` answer's `tempToken` and the identity it named. */
export interface SecondFactorIdentity {
  tempToken: string;
  email: string;
  orgId: string;
  role: string;
}

/** What each way of answering the second step yields: a recovery code also says how many are left. */
export interface SecondFactorVerified {
  totp: { token: string };
  email: { token: string };
  recovery: { token: string; remainingCodes: number };
}

/** The three ways a person answers the second step; each is one AuthFlow route. */
export type SecondFactorMethod = keyof SecondFactorVerified;

export type SecondFactorExchange<M extends SecondFactorMethod> =
  | { outcome: 'verified'; verified: SecondFactorVerified[M] }
  | { outcome: 'failed'; failure: UpstreamFailure };

type Exchanges = {
  [M in SecondFactorMethod]: (
    upstream: UpstreamClient,
    identity: SecondFactorIdentity,
    code: string,
  ) => Promise<SecondFactorExchange<M>>;
};

const who = (identity: SecondFactorIdentity) => ({
  email: identity.email,
  org_id: identity.orgId,
  role: identity.role,
});

// Only `verify-2fa` takes the `tempToken`; the emailed and recovery codes are bound to the login by
// the caller (a pending record in this browser's own cookie), before any of these is called.
const exchanges: Exchanges = {
  totp: async (upstream, identity, code) => {
    const result = await upstream.call('verifyTwoFactor', {
      tempToken: identity.tempToken,
      ...who(identity),
      totpCode: normalizeCode(code),
    });
    return result.outcome === 'failed'
      ? result
      : { outcome: 'verified', verified: { token: result.body.token } };
  },
  email: async (upstream, identity, code) => {
    const result = await upstream.call('verifyEmailOtp', { ...who(identity), emailOTP: normalizeCode(code) });
    return result.outcome === 'failed'
      ? result
      : { outcome: 'verified', verified: { token: result.body.token } };
  },
  recovery: async (upstream, identity, code) => {
    const result = await upstream.call('verifyRecoveryCode', {
      ...who(identity),
      recoveryCode: normalizeCode(code),
    });
    return result.outcome === 'failed'
      ? result
      : {
          outcome: 'verified',
          verified: { token: result.body.token, remainingCodes: result.body.remainingCodes },
        };
  },
};

/** Trades a code for a session token, for a pending sign-in and a re-authentication alike. */
export function exchangeSecondFactor<M extends SecondFactorMethod>(
  upstream: UpstreamClient,
  identity: SecondFactorIdentity,
  method: M,
  code: string,
): Promise<SecondFactorExchange<M>> {
  return exchanges[method](upstream, identity, code);
}

/** Asks AuthFlow to mail a one-time code for the login waiting for its second factor. */
export async function sendSecondFactorEmail(
  upstream: UpstreamClient,
  identity: SecondFactorIdentity,
): Promise<{ outcome: 'sent' } | { outcome: 'failed'; failure: UpstreamFailure }> {
  const result = await upstream.call('sendBackupEmail', {
    tempToken: identity.tempToken,
    email: identity.email,
    org_id: identity.orgId,
    role: identity.role,
  });
  return result.outcome === 'failed' ? result : { outcome: 'sent' };
}
