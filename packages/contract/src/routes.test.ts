import { describe, expect, it } from 'vitest';
import { advertisesGroup, buildDiscoveryDocument, isDiscoveryDocument } from './discovery.js';
import {
  authFlowRouteIds,
  authFlowRoutes,
  extensionRouteGroups,
  extensionRoutes,
  type RouteId,
  routeIds,
  routes,
} from './routes.js';

const placement = (id: RouteId) =>
  Object.fromEntries(routes[id].parameters.map((parameter) => [parameter.name, parameter.in]));

describe('the route table', () => {
  it('holds the 20 contract routes: 7 session, 3 password, 2 email verification, 8 two-factor', () => {
    expect(authFlowRouteIds).toHaveLength(20);
    const count = (group: string) =>
      authFlowRouteIds.filter((id) => authFlowRoutes[id].group === group).length;
    expect([
      count('session'),
      count('passwordManagement'),
      count('emailVerification'),
      count('twoFactor'),
    ]).toEqual([7, 3, 2, 8]);
    expect(new Set(authFlowRouteIds.map((id) => authFlowRoutes[id].path)).size).toBe(20);
  });

  it('keeps extension groups apart: every route is AuthFlow’s or an extension group’s, none both', () => {
    const extensionIds = Object.keys(extensionRoutes);
    expect(routeIds).toEqual([...authFlowRouteIds, ...extensionIds]);
    for (const id of extensionIds) expect(authFlowRouteIds).not.toContain(id);
    const extensionGroups: readonly string[] = extensionRouteGroups;
    for (const id of routeIds) {
      const isExtension = extensionGroups.includes(routes[id].group);
      expect(isExtension, id).toBe(extensionIds.includes(id));
    }
    expect(new Set(routeIds.map((id) => routes[id].path)).size).toBe(routeIds.length);
  });

  it('sends the key-bearing session routes as GET query strings, as the curl examples do', () => {
    for (const id of ['fooBar', 'signUp', 'login', 'validate', 'me', 'logout', 'changePassword'] as const) {
      expect(routes[id].method).toBe('GET');
      expect(new Set(Object.values(placement(id)))).toEqual(new Set(['query']));
    }
    expect(placement('signUp')).toEqual({
      foobar: 'query',
      email: 'query',
      password: 'query',
      fullname: 'query',
      role: 'query',
      api_key: 'query',
      disclaimed: 'query',
    });
  });

  it('sends deleteUser with a Bearer header and a JSON body', () => {
    expect(routes.deleteUser.method).toBe('POST');
    expect(placement('deleteUser')).toEqual({
      Authorization: 'header',
      email_owner: 'body',
      org_id: 'body',
      user_email: 'body',
    });
  });

  it('sends every two-factor route as a JSON POST', () => {
    for (const id of routeIds.filter((routeId) => routes[routeId].group === 'twoFactor')) {
      expect(routes[id].method).toBe('POST');
      expect(routes[id].path.startsWith('/auth/2fa/')).toBe(true);
      expect(new Set(Object.values(placement(id)))).toEqual(new Set(['body']));
    }
  });

  it('asks no tempToken of the email-code and recovery-code exchanges, as the contract says', () => {
    expect(placement('verifyEmailOtp')).toEqual({
      email: 'body',
      org_id: 'body',
      role: 'body',
      emailOTP: 'body',
    });
    expect(placement('verifyRecoveryCode')).toEqual({
      email: 'body',
      org_id: 'body',
      role: 'body',
      recoveryCode: 'body',
    });
  });

  it('marks only the documented optional parameters optional', () => {
    const optional = routeIds.flatMap((id) =>
      routes[id].parameters
        .filter((parameter) => !parameter.required)
        .map((parameter) => `${id}.${parameter.name}`),
    );
    expect(optional).toEqual([
      'fooBar.role',
      'forgotPassword.role',
      'resendVerifyEmail.role',
      'verifyPasskeyRegistration.name',
      'passkeyLoginOptions.email',
    ]);
  });
});

describe('the passkeys extension group', () => {
  const passkeyIds = routeIds.filter((id) => routes[id].group === 'passkeys');

  it('holds seven JSON POST routes under /auth/passkeys/, none of them AuthFlow’s own', () => {
    expect(passkeyIds).toEqual([
      'passkeyRegistrationOptions',
      'verifyPasskeyRegistration',
      'listPasskeys',
      'renamePasskey',
      'deletePasskey',
      'passkeyLoginOptions',
      'verifyPasskeyLogin',
    ]);
    for (const id of passkeyIds) {
      expect(routes[id].method).toBe('POST');
      expect(routes[id].path.startsWith('/auth/passkeys/')).toBe(true);
      expect(new Set(Object.values(placement(id)))).toEqual(new Set(['body']));
      expect(authFlowRouteIds).not.toContain(id);
    }
  });

  it('repeats the session identity on the signed-in routes, as the two-factor routes do', () => {
    for (const id of [
      'passkeyRegistrationOptions',
      'listPasskeys',
      'renamePasskey',
      'deletePasskey',
    ] as const) {
      expect(Object.keys(placement(id)).slice(0, 4)).toEqual(['sessionToken', 'email', 'org_id', 'role']);
    }
    expect(Object.keys(placement('deletePasskey'))).toContain('password');
  });

  it('takes the key and the role, never a session, to sign in', () => {
    expect(Object.keys(placement('passkeyLoginOptions'))).toEqual(['api_key', 'role', 'email']);
    expect(Object.keys(placement('verifyPasskeyLogin'))).toEqual(['api_key', 'role', 'response']);
  });

  it('carries the WebAuthn credential as the only object parameter', () => {
    const objects = routeIds.flatMap((id) =>
      routes[id].parameters
        .filter((parameter) => parameter.type === 'object')
        .map((parameter) => `${id}.${parameter.name}`),
    );
    expect(objects).toEqual(['verifyPasskeyRegistration.response', 'verifyPasskeyLogin.response']);
  });
});

describe('the discovery document', () => {
  it('lists the four authProduct groups with every route once', () => {
    const document = buildDiscoveryDocument();
    expect(isDiscoveryDocument(document)).toBe(true);
    expect(Object.keys(document.authProduct)).toEqual([
      'session',
      'passwordManagement',
      'emailVerification',
      'twoFactor',
    ]);
    expect(document.authProduct.emailVerification).toEqual([
      { method: 'GET', path: '/auth/verify-email' },
      { method: 'GET', path: '/auth/resend-verify-email' },
    ]);
  });

  it('lists the passkeys group, after the four, only for a backend that serves it', () => {
    const plain = buildDiscoveryDocument();
    expect(plain.authProduct.passkeys).toBeUndefined();
    expect(advertisesGroup(plain, 'passkeys')).toBe(false);
    const withPasskeys = buildDiscoveryDocument({ extensionGroups: ['passkeys'] });
    expect(Object.keys(withPasskeys.authProduct)).toEqual([
      'session',
      'passwordManagement',
      'emailVerification',
      'twoFactor',
      'passkeys',
    ]);
    expect(withPasskeys.authProduct.passkeys).toHaveLength(7);
    expect(advertisesGroup(withPasskeys, 'passkeys')).toBe(true);
    expect(isDiscoveryDocument(withPasskeys)).toBe(true);
  });

  it('rejects a document missing a group', () => {
    const { authProduct } = buildDiscoveryDocument();
    expect(isDiscoveryDocument({ authProduct: { ...authProduct, twoFactor: undefined } })).toBe(false);
    expect(isDiscoveryDocument('<html></html>')).toBe(false);
  });
});
