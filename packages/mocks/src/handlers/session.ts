import { serverMessages, successMessages } from '@authflow-ui/contract';
import type { HttpHandler } from 'msw';
import { DEFAULT_ROLE, mockLifetimes } from '../constants.js';
import { type Account, accountKey } from '../create-mock-store.js';
import type { MockContext } from '../mock-context.js';
import { randomHex, randomPasskeyUserId } from '../random.js';
import { errorResponse, successResponse } from '../responses.js';
import { scenarioCovers } from '../scenario.js';
import { sendVerificationEmail } from '../send-verification-email.js';
import { isFooBarTokenValid, issueFooBarToken } from '../tokens/foobar-tokens.js';
import { issueSessionToken, revokeSessions, verifySessionToken } from '../tokens/session-tokens.js';
import { defineRoute } from './define-route.js';
import { requireSession } from './require-session.js';

const BEARER = /^Bearer\s+(\S+)$/i;

/** The seven `authProduct.session` routes. */
export function sessionHandlers(context: MockContext): HttpHandler[] {
  const { store } = context;

  return [
    defineRoute(context, 'fooBar', async ({ parameters }) => {
      const scenario = store.scenario;
      const issueExpired = scenario?.name === 'expired-foobar' && scenarioCovers(scenario, 'fooBar');
      const token = await issueFooBarToken(
        context,
        { identity: parameters.identity, role: parameters.role ?? DEFAULT_ROLE },
        issueExpired,
      );
      return successResponse('fooBar', { token });
    }),

    defineRoute(context, 'signUp', async ({ parameters, route }) => {
      const { email, role } = parameters;
      if (!(await isFooBarTokenValid(context, parameters.foobar, { identity: email, role }))) {
        return errorResponse(route, 401, serverMessages.fooBarExpired);
      }
      if (store.findAccount(email, role) !== undefined) {
        return errorResponse(route, 409, serverMessages.userExists);
      }
      const account: Account = {
        email,
        role,
        fullname: parameters.fullname,
        password: parameters.password,
        disclaimed: parameters.disclaimed,
        verified: false,
        twoFactor: { status: 'disabled' },
        issuedTotpSecret: null,
        passkeyUserId: randomPasskeyUserId(),
        passkeys: [],
      };
      store.saveAccount(account);
      sendVerificationEmail(context, account);
      return successResponse('signUp', { token: await issueSessionToken(context, account) });
    }),

    defineRoute(context, 'login', async ({ parameters, route }) => {
      const { email, role } = parameters;
      if (!(await isFooBarTokenValid(context, parameters.foobar, { identity: email, role }))) {
        return errorResponse(route, 401, serverMessages.fooBarExpired);
      }
      const account = store.findAccount(email, role);
      if (account === undefined) return errorResponse(route, 404, serverMessages.userNotFound);
      if (account.password !== parameters.password) {
        return errorResponse(route, 401, serverMessages.incorrectPassword);
      }
      if (account.twoFactor.status === 'disabled') {
        return successResponse('login', { token: await issueSessionToken(context, account) });
      }
      // A new login replaces any earlier pending one: only the latest tempToken stays usable.
      const tempToken = randomHex(32);
      store.pendingLogins.set(accountKey(email, role), {
        tempToken,
        email,
        role,
        expiresAt: context.now() + mockLifetimes.tempTokenMs,
        emailCode: null,
      });
      return successResponse('login', { requires2FA: true, tempToken, email, org_id: store.orgId, role });
    }),

    defineRoute(context, 'validate', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, {
        email: parameters.email,
      });
      if (session.status === 'rejected') return session.response;
      return successResponse('validate', { success: true });
    }),

    defineRoute(context, 'me', async ({ parameters, route }) => {
      const session = await verifySessionToken(context, parameters.sessionToken);
      if (session.status === 'invalid') return errorResponse(route, 401, serverMessages.invalidSession);
      const { account } = session;
      return successResponse('me', {
        email: account.email,
        fullname: account.fullname,
        role: account.role,
        org_id: store.orgId,
      });
    }),

    defineRoute(context, 'logout', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, {
        email: parameters.email,
      });
      if (session.status === 'rejected') return session.response;
      store.sessions.delete(session.sessionId);
      return successResponse('logout', { success: true });
    }),

    defineRoute(context, 'deleteUser', async ({ parameters, headers, route }) => {
      const bearer = BEARER.exec(headers.Authorization ?? '')?.[1];
      const session = bearer === undefined ? null : await verifySessionToken(context, bearer);
      if (session === null || session.status === 'invalid') {
        return errorResponse(route, 401, serverMessages.invalidSession);
      }
      const { claims } = session;
      if (claims.email !== parameters.email_owner || claims.org_id !== parameters.org_id) {
        return errorResponse(route, 403, serverMessages.identityMismatch);
      }
      const owner = store.owner;
      if (owner === null || owner.email !== claims.email || owner.role !== claims.role) {
        return errorResponse(route, 403, serverMessages.ownerOnly);
      }
      if (parameters.user_email === owner.email) {
        return errorResponse(route, 403, serverMessages.cannotDeleteOwner);
      }
      // The contract names the user by email only, so every role of that email goes.
      const doomed = [...store.accounts.values()].filter(
        (account) => account.email === parameters.user_email,
      );
      if (doomed.length === 0) return errorResponse(route, 404, serverMessages.userNotFound);
      for (const account of doomed) {
        store.accounts.delete(accountKey(account.email, account.role));
        store.pendingLogins.delete(accountKey(account.email, account.role));
      }
      revokeSessions(context, parameters.user_email);
      return successResponse('deleteUser', { success: true, message: successMessages.userDeleted });
    }),
  ];
}
