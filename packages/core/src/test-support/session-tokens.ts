import { generateKeyPair, SignJWT } from 'jose';

const keys = generateKeyPair('RS512');

/** A real RS512 session JWT, as AuthFlow issues them, expiring at `expiresAt` (epoch ms). */
export async function signSessionToken(
  claims: { email: string; org_id: string; role: string },
  expiresAt: number,
): Promise<string> {
  const { privateKey } = await keys;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS512', typ: 'JWT' })
    .setIssuedAt(Math.floor(expiresAt / 1000) - 12 * 60 * 60)
    .setExpirationTime(Math.floor(expiresAt / 1000))
    .sign(privateKey);
}
