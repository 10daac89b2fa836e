import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeTokenExpiry } from './decode-token-expiry.js';

describe('given a session token', () => {
  it('reads the expiry of a real RS512 token in milliseconds', async () => {
    const { privateKey } = await generateKeyPair('RS512');
    const token = await new SignJWT({ email: 'ada@example.com' })
      .setProtectedHeader({ alg: 'RS512' })
      .setIssuedAt(1_775_344_800)
      .setExpirationTime(1_775_388_000)
      .sign(privateKey);
    expect(decodeTokenExpiry(token)).toBe(1_775_388_000_000);
  });

  it('answers null for a token without a readable expiry', () => {
    const payload = btoa(JSON.stringify({ exp: 'tomorrow' })).replace(/=+$/, '');
    expect(decodeTokenExpiry(`header.${payload}.signature`)).toBeNull();
    expect(decodeTokenExpiry('not-a-jwt')).toBeNull();
    expect(decodeTokenExpiry('a.%%%.c')).toBeNull();
  });
});
