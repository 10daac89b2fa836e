import { jwtVerify, SignJWT } from 'jose';
import { mockLifetimes } from '../constants.js';
import type { Account } from '../create-mock-store.js';
import type { MockContext } from '../mock-context.js';
import { randomHex } from '../random.js';

/** The claims of a mock session JWT (plus `iat`, `exp` and `jti`). */
export interface SessionClaims {
  email: string;
  org_id: string;
  role: string;
  fullname: string;
}

export type SessionCheck =
  | { status: 'valid'; account: Account; claims: SessionClaims; sessionId: string }
  | { status: 'invalid' };

const toSeconds = (ms: number) => Math.floor(ms / 1000);

/** Signs an RS512 session JWT for `account` and records it as live until logout or expiry. */
export async function issueSessionToken(context: MockContext, account: Account): Promise<string> {
  const { privateKey } = await context.signingKeys();
  const issuedAt = context.now();
  const expiresAt = issuedAt + mockLifetimes.sessionMs;
  const sessionId = randomHex(16);
  const claims: SessionClaims = {
    email: account.email,
    org_id: context.store.orgId,
    role: account.role,
    fullname: account.fullname,
  };
  const token = await new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'RS512', typ: 'JWT' })
    .setIssuedAt(toSeconds(issuedAt))
    .setExpirationTime(toSeconds(expiresAt))
    .setJti(sessionId)
    .sign(privateKey);
  context.store.sessions.set(sessionId, { email: account.email, role: account.role, expiresAt });
  return token;
}

/** A session is valid when its signature and `exp` check out, it was not revoked and its account exists. */
export async function verifySessionToken(context: MockContext, token: string): Promise<SessionCheck> {
  const { publicKey } = await context.signingKeys();
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, publicKey, {
      algorithms: ['RS512'],
      currentDate: new Date(context.now()),
    }));
  } catch {
    return { status: 'invalid' };
  }
  const { email, org_id, role, fullname, jti } = payload;
  if (
    typeof email !== 'string' ||
    typeof org_id !== 'string' ||
    typeof role !== 'string' ||
    typeof fullname !== 'string' ||
    typeof jti !== 'string'
  ) {
    return { status: 'invalid' };
  }
  const session = context.store.sessions.get(jti);
  const account = context.store.findAccount(email, role);
  if (session === undefined || account === undefined || org_id !== context.store.orgId) {
    return { status: 'invalid' };
  }
  return { status: 'valid', account, claims: { email, org_id, role, fullname }, sessionId: jti };
}

/** Ends every live session of one account (password reset, account deletion). */
export function revokeSessions(context: MockContext, email: string, role?: string): void {
  for (const [sessionId, session] of context.store.sessions) {
    if (session.email === email && (role === undefined || session.role === role)) {
      context.store.sessions.delete(sessionId);
    }
  }
}
