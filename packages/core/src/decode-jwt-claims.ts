import { isRecord } from '@authflow-ui/contract';

/** The claims of a session JWT the kit reads. Never use them for authorization. */
export interface JwtClaims {
  /** Expiry, in seconds since the epoch. */
  exp?: number;
  /** Issued at, in seconds since the epoch (AuthFlow's clock). */
  iat?: unknown;
  [claim: string]: unknown;
}

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=');
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * Decodes a JWT's payload WITHOUT verifying it. The RS512 signature cannot be checked in a
 * browser, so the result is only good for scheduling expiry and display, never for deciding
 * what someone may do. Returns `null` for anything that is not a three-part JWT with a JSON
 * object payload; an `exp` that is not a finite number is dropped.
 */
export function decodeJwtClaims(token: string): JwtClaims | null {
  const parts = token.split('.');
  const payload = parts[1];
  if (parts.length !== 3 || payload === undefined || payload.length === 0) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(decodeBase64Url(payload));
  } catch {
    return null;
  }
  if (!isRecord(claims)) return null;
  const { exp, ...rest } = claims;
  return typeof exp === 'number' && Number.isFinite(exp) ? { ...rest, exp } : rest;
}

/**
 * The session's expiry in epoch milliseconds of this device's clock, or `null` when the token
 * has no `exp`. With an `iat` the token's lifetime (`exp - iat`) is counted from `receivedAt`,
 * so a device clock that disagrees with AuthFlow's neither ends sessions at once nor keeps them
 * past their time.
 */
export function expiresAtFromToken(token: string, receivedAt: number): number | null {
  const claims = decodeJwtClaims(token);
  if (claims?.exp === undefined) return null;
  const issuedAt = claims.iat;
  if (typeof issuedAt === 'number' && Number.isFinite(issuedAt) && issuedAt <= claims.exp) {
    return receivedAt + (claims.exp - issuedAt) * 1000;
  }
  return claims.exp * 1000;
}
