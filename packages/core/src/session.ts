import { isRecord, isTwoFactorStatus, type MeResponse, type TwoFactorStatus } from '@authflow-ui/contract';

/** The signed-in person, as `/auth/me` describes them. */
export interface AuthUser {
  email: string;
  fullname: string;
  role: string;
  /** The organization UUID (`org_id` on the wire). */
  orgId: string;
}

/** A signed-in session. */
export interface Session {
  user: AuthUser;
  /**
   * The AuthFlow session JWT in `direct` mode. Typed nullable because a proxy transport keeps
   * it on the server, where page JavaScript never sees it.
   */
  token: string | null;
  /** Expiry in epoch milliseconds, read from the JWT `exp` claim; `null` when unknown. */
  expiresAt: number | null;
  /**
   * Whether two-step verification is on. AuthFlow's `login` asks for a second factor exactly
   * when it is, so a session that began with one has it on and a plain sign-in or a sign-up has
   * it off; `mfa.verifySetup` and `mfa.disable` change it. A change made in another app is seen
   * at the next sign-in.
   */
  twoFactor: TwoFactorStatus;
}

export type { TwoFactorStatus };

export function authUserFromMe(me: MeResponse): AuthUser {
  return { email: me.email, fullname: me.fullname, role: me.role, orgId: me.org_id };
}

function isAuthUser(value: unknown): value is AuthUser {
  return (
    isRecord(value) &&
    typeof value.email === 'string' &&
    typeof value.fullname === 'string' &&
    typeof value.role === 'string' &&
    typeof value.orgId === 'string'
  );
}

/** Checks a session read back from storage or another tab, which page code could have tampered with. */
export function isSession(value: unknown): value is Session {
  return (
    isRecord(value) &&
    isAuthUser(value.user) &&
    (value.token === null || typeof value.token === 'string') &&
    isTwoFactorStatus(value.twoFactor) &&
    (value.expiresAt === null || (typeof value.expiresAt === 'number' && Number.isFinite(value.expiresAt)))
  );
}
