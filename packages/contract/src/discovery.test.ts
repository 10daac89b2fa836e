import { describe, expect, it } from 'vitest';
import { advertisesGroup, buildDiscoveryDocument, parseDiscoveryDocument } from './discovery.js';

const empty = { session: [], passwordManagement: [], emailVerification: [], twoFactor: [] };

describe('parseDiscoveryDocument', () => {
  it('reads the document the route table builds unchanged', () => {
    const document = buildDiscoveryDocument();
    expect(parseDiscoveryDocument(document)).toEqual(document);
  });

  it('reads routes listed as bare paths, taking each method from the route table', () => {
    const parsed = parseDiscoveryDocument({
      name: 'AuthFlow',
      authProduct: {
        ...empty,
        session: ['/auth/login', '/auth/deleteUser'],
        twoFactor: ['/auth/2fa/enable'],
      },
    });
    expect(parsed?.authProduct.session).toEqual([
      { method: 'GET', path: '/auth/login' },
      { method: 'POST', path: '/auth/deleteUser' },
    ]);
    expect(parsed?.authProduct.twoFactor).toEqual([{ method: 'POST', path: '/auth/2fa/enable' }]);
  });

  it('reads "METHOD /path" strings and objects without a method, in any letter case', () => {
    const parsed = parseDiscoveryDocument({
      authProduct: {
        ...empty,
        passwordManagement: ['post /auth/forgot-password', { path: '/auth/changePassword' }],
      },
    });
    expect(parsed?.authProduct.passwordManagement).toEqual([
      { method: 'POST', path: '/auth/forgot-password' },
      { method: 'GET', path: '/auth/changePassword' },
    ]);
    expect(parsed?.name).toBe('');
  });

  it('ignores unknown groups, unknown fields and routes it could not call', () => {
    const parsed = parseDiscoveryDocument({
      name: 'AuthFlow',
      region: 'eu-west-1',
      authProduct: {
        ...empty,
        session: [
          { method: 'GET', path: '/auth/me', since: '1.0' },
          '/auth/unknown-route',
          'DELETE /auth/me',
        ],
        webhooks: ['/auth/webhooks/list', { method: 'POST', path: '/auth/webhooks/add' }],
      },
    });
    expect(parsed).toEqual({
      name: 'AuthFlow',
      authProduct: { ...empty, session: [{ method: 'GET', path: '/auth/me' }] },
    });
  });

  it('reads the passkeys group when listed, as objects or strings', () => {
    const parsed = parseDiscoveryDocument({
      authProduct: {
        ...empty,
        passkeys: [
          '/auth/passkeys/login/options',
          'POST /auth/passkeys/login/verify',
          { path: '/auth/passkeys/list' },
        ],
      },
    });
    expect(parsed?.authProduct.passkeys).toEqual([
      { method: 'POST', path: '/auth/passkeys/login/options' },
      { method: 'POST', path: '/auth/passkeys/login/verify' },
      { method: 'POST', path: '/auth/passkeys/list' },
    ]);
    expect(parsed !== null && advertisesGroup(parsed, 'passkeys')).toBe(true);
    const built = buildDiscoveryDocument({ extensionGroups: ['passkeys'] });
    expect(parseDiscoveryDocument(built)).toEqual(built);
  });

  it.each([
    ['absent', undefined],
    ['empty', []],
    ['not a list', 'all'],
    ['holding a malformed entry', ['/auth/passkeys/list', 42]],
    ['holding only routes it does not know', ['/auth/passkeys/options']],
  ])('reads a passkeys group that is %s as not served, and keeps the rest', (_situation, passkeys) => {
    const parsed = parseDiscoveryDocument({
      authProduct: { ...empty, session: ['/auth/login'], passkeys },
    });
    expect(parsed?.authProduct.session).toEqual([{ method: 'GET', path: '/auth/login' }]);
    expect(parsed !== null && advertisesGroup(parsed, 'passkeys')).toBe(false);
  });

  it('reads a known group that is absent as a capability the backend lacks', () => {
    const parsed = parseDiscoveryDocument({ authProduct: { session: ['/auth/login'] } });
    expect(parsed?.authProduct.twoFactor).toEqual([]);
    expect(parsed?.authProduct.session).toEqual([{ method: 'GET', path: '/auth/login' }]);
  });

  it.each([
    ['an HTML page', '<html></html>'],
    ['null', null],
    ['no authProduct', { name: 'AuthFlow' }],
    ['none of the known groups', { authProduct: { passkeys: [] } }],
    ['a group that is not a list', { authProduct: { ...empty, session: 'all' } }],
    ['an entry that is neither a path nor a route', { authProduct: { ...empty, session: [42] } }],
    ['a string that is not a path', { authProduct: { ...empty, session: ['login'] } }],
    ['an object without a path', { authProduct: { ...empty, session: [{ method: 'GET' }] } }],
  ])('refuses %s', (_situation, value) => {
    expect(parseDiscoveryDocument(value)).toBeNull();
  });
});
