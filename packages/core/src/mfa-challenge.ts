import type { MfaMethod, TwoFactorRequiredResponse } from '@authflow-ui/contract';

export type { MfaMethod };

/** Every method AuthFlow offers for a pending sign-in, in the order a UI should offer them. */
export const mfaMethods: readonly MfaMethod[] = ['totp', 'email', 'recovery'];

/** What every pending sign-in tells a UI, whichever transport produced it. */
interface MfaChallengeBase {
  email: string;
  methods: MfaMethod[];
  /**
   * When the challenge was issued (epoch milliseconds, client clock). AuthFlow does not say how
   * long a `tempToken` lives; a UI can use this to explain an `expired` answer.
   */
  issuedAt: number;
}

/** A pending sign-in after `/auth/login` answered `requires2FA`, held by this process (`direct` mode). */
export interface DirectMfaChallenge extends MfaChallengeBase {
  /** Absent on challenges built before proxy mode existed; they are all direct. */
  mode?: 'direct';
  tempToken: string;
  orgId: string;
  role: string;
}

/**
 * A pending sign-in held by `@authflow-ui/proxy` (`proxy` mode): the `tempToken`, org id and role
 * stay on the server, which binds the code exchanges to this browser's cookie.
 */
export interface ProxiedMfaChallenge extends MfaChallengeBase {
  mode: 'proxy';
  /** When the proxy forgets the pending sign-in (epoch milliseconds, proxy clock). */
  expiresAt: number;
}

/** A pending sign-in; UIs read only `email`, `methods` and `issuedAt`, which both kinds carry. */
export type MfaChallenge = DirectMfaChallenge | ProxiedMfaChallenge;

export function mfaChallengeFromLogin(
  response: TwoFactorRequiredResponse,
  issuedAt: number,
): DirectMfaChallenge {
  return {
    tempToken: response.tempToken,
    email: response.email,
    orgId: response.org_id,
    role: response.role,
    methods: [...mfaMethods],
    issuedAt,
  };
}
