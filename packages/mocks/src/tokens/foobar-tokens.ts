import { jwtVerify, SignJWT } from 'jose';
import { mockLifetimes } from '../constants.js';
import type { MockContext } from '../mock-context.js';

const toSeconds = (ms: number) => Math.floor(ms / 1000);

export interface FooBarIdentity {
  identity: string;
  role: string;
}

/**
 * Signs the RS512 anti-abuse token `/auth/fooBar` returns, bound to identity, organization and role.
 * `issueExpired` backdates it so that it is already past its `exp` (the `expired-foobar` scenario).
 */
export async function issueFooBarToken(
  context: MockContext,
  { identity, role }: FooBarIdentity,
  issueExpired: boolean,
): Promise<string> {
  const { privateKey } = await context.signingKeys();
  const issuedAt = issueExpired ? context.now() - mockLifetimes.fooBarMs - 1000 : context.now();
  return new SignJWT({ identity, org_id: context.store.orgId, role })
    .setProtectedHeader({ alg: 'RS512', typ: 'JWT' })
    .setIssuedAt(toSeconds(issuedAt))
    .setExpirationTime(toSeconds(issuedAt + mockLifetimes.fooBarMs))
    .sign(privateKey);
}

/** Whether `token` is a live fooBar token issued by this instance for exactly this email and role. */
export async function isFooBarTokenValid(
  context: MockContext,
  token: string,
  { identity, role }: FooBarIdentity,
): Promise<boolean> {
  const { publicKey } = await context.signingKeys();
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      algorithms: ['RS512'],
      currentDate: new Date(context.now()),
    });
    return payload.identity === identity && payload.role === role && payload.org_id === context.store.orgId;
  } catch {
    return false;
  }
}
