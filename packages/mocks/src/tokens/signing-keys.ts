import { type CryptoKey, exportJWK, exportSPKI, generateKeyPair, type JWK } from 'jose';
import type { SigningKeys } from '../mock-context.js';

/** The public half of a mock instance's signing key, to verify its session and fooBar JWTs. */
export interface MockPublicKey {
  readonly key: CryptoKey;
  readonly jwk: JWK;
  /** PEM-encoded SubjectPublicKeyInfo. */
  readonly spki: string;
}

/** One RS512 key pair per instance, generated lazily: RSA key generation costs tens of milliseconds. */
export function createSigningKeys(): () => Promise<SigningKeys> {
  let keys: Promise<SigningKeys> | null = null;
  return () => {
    keys ??= generateKeyPair('RS512');
    return keys;
  };
}

export async function exportPublicKey(signingKeys: () => Promise<SigningKeys>): Promise<MockPublicKey> {
  const { publicKey } = await signingKeys();
  const [jwk, spki] = await Promise.all([exportJWK(publicKey), exportSPKI(publicKey)]);
  return { key: publicKey, jwk: { ...jwk, alg: 'RS512', use: 'sig' }, spki };
}
