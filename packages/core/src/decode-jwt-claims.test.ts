import { describe, expect, it } from 'vitest';
import { decodeJwtClaims, expiresAtFromToken } from './decode-jwt-claims.js';
import { signSessionToken } from './test-support/session-tokens.js';

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('decodeJwtClaims', () => {
  it('given a real RS512 session token, reads its claims and expiry', async () => {
    const expiresAt = Date.parse('2026-04-05T23:00:00Z');
    const token = await signSessionToken(
      { email: 'zoë@example.com', org_id: 'org', role: 'user' },
      expiresAt,
    );
    expect(decodeJwtClaims(token)).toMatchObject({ email: 'zoë@example.com', exp: expiresAt / 1000 });
    const receivedAt = expiresAt - 12 * 60 * 60 * 1000;
    expect(expiresAtFromToken(token, receivedAt)).toBe(expiresAt);
  });

  it('given a device clock an hour ahead of AuthFlow, still gives the session its full lifetime', async () => {
    const expiresAt = Date.parse('2026-04-05T23:00:00Z');
    const token = await signSessionToken({ email: 'a@example.com', org_id: 'org', role: 'user' }, expiresAt);
    const deviceNow = expiresAt - 12 * 60 * 60 * 1000 + 60 * 60 * 1000;
    expect(expiresAtFromToken(token, deviceNow)).toBe(deviceNow + 12 * 60 * 60 * 1000);
  });

  it('given no iat, falls back to exp as it stands', () => {
    expect(expiresAtFromToken(`h.${segment({ exp: 2_000_000_000 })}.s`, 0)).toBe(2_000_000_000_000);
  });

  it('returns null for anything that is not a three-part token with a JSON object payload', () => {
    expect(decodeJwtClaims('not-a-jwt')).toBeNull();
    expect(decodeJwtClaims('a..c')).toBeNull();
    expect(decodeJwtClaims(`h.${segment([1, 2])}.s`)).toBeNull();
    expect(decodeJwtClaims('h.%%%.s')).toBeNull();
    expect(decodeJwtClaims(`h.${Buffer.from('{"exp":').toString('base64url')}.s`)).toBeNull();
  });

  it('drops an exp that is not a number, so such a token has no known expiry', () => {
    const token = `h.${segment({ exp: '9999999999', email: 'a@b.c' })}.s`;
    expect(decodeJwtClaims(token)).toEqual({ email: 'a@b.c' });
    expect(expiresAtFromToken(token, 0)).toBeNull();
  });
});
