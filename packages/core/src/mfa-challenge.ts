import type { MfaMethod, TwoFactorRequiredResponse } from '@authflow-ui/contract';

export type { MfaMethod };

/** Every method AuthFlow offers for a pending sign-in, in the order a UI should offer them. */
export const mfaMethods: readonly MfaMethod[] = ['totp', 'email', 'recovery'];

/** A pending sign-in after `/auth/login` answered `requires2FA`. */
export interface MfaChallenge {
  tempToken: string;
  email: string;
  orgId: string;
  role: string;
  methods: MfaMethod[];
  /**
   * When the challenge was issued (epoch milliseconds, client clock). AuthFlow does not say how
   * long a `tempToken` lives; a UI can use this to explain an `expired` answer.
   */
  issuedAt: number;
}

export function mfaChallengeFromLogin(response: TwoFactorRequiredResponse, issuedAt: number): MfaChallenge {
  return {
    tempToken: response.tempToken,
    email: response.email,
    orgId: response.org_id,
    role: response.role,
    methods: [...mfaMethods],
    issuedAt,
  };
}
