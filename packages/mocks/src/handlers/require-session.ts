import { type RouteSpec, serverMessages } from '@authflow-ui/contract';
import type { Account } from '../create-mock-store.js';
import type { MockContext } from '../mock-context.js';
import { errorResponse } from '../responses.js';
import { type SessionClaims, verifySessionToken } from '../tokens/session-tokens.js';

export type RequiredSession =
  | { status: 'ok'; account: Account; claims: SessionClaims; sessionId: string }
  | { status: 'rejected'; response: Response };

/** The identity fields a request repeats next to its session token; each given one must match. */
export interface ClaimedIdentity {
  email: string;
  org_id?: string;
  role?: string;
}

/**
 * A live session whose claims match what the request says about itself: 401 `Invalid or expired
 * session` for a bad token, 401 `Token identity does not match the request` for a mismatch.
 */
export async function requireSession(
  context: MockContext,
  route: RouteSpec,
  sessionToken: string,
  claimed: ClaimedIdentity,
): Promise<RequiredSession> {
  const session = await verifySessionToken(context, sessionToken);
  if (session.status === 'invalid') {
    return { status: 'rejected', response: errorResponse(route, 401, serverMessages.invalidSession) };
  }
  const { claims } = session;
  const matches =
    claims.email === claimed.email &&
    (claimed.org_id === undefined || claims.org_id === claimed.org_id) &&
    (claimed.role === undefined || claims.role === claimed.role);
  if (!matches) {
    return { status: 'rejected', response: errorResponse(route, 401, serverMessages.identityMismatch) };
  }
  return { status: 'ok', account: session.account, claims, sessionId: session.sessionId };
}
