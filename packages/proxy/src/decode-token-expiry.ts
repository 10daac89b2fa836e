import { isRecord } from '@authflow-ui/contract';

/**
 * The `exp` claim of a JWT, in milliseconds, or `null`. The signature is not checked: the proxy
 * uses the claim only to forget a session in time, never to decide who someone is (AuthFlow's
 * `/auth/me` does that).
 */
export function decodeTokenExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const base64 = payload.replaceAll('-', '+').replaceAll('_', '/');
    const claims: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
    if (!isRecord(claims) || typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) return null;
    return claims.exp * 1000;
  } catch {
    return null;
  }
}
