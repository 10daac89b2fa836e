import { serverMessages, successMessages } from '@authflow-ui/contract';
import type { HttpHandler } from 'msw';
import { DEFAULT_ROLE, mockLifetimes } from '../constants.js';
import { accountKey } from '../create-mock-store.js';
import type { MockContext } from '../mock-context.js';
import { randomHex } from '../random.js';
import { errorResponse, successResponse } from '../responses.js';
import { sendMessage } from '../send-message.js';
import { revokeSessions } from '../tokens/session-tokens.js';
import { defineRoute } from './define-route.js';
import { requireSession } from './require-session.js';

/** The three `authProduct.passwordManagement` routes. */
export function passwordManagementHandlers(context: MockContext): HttpHandler[] {
  const { store } = context;

  return [
    defineRoute(context, 'forgotPassword', async ({ parameters }) => {
      const account = store.findAccount(parameters.email, parameters.role ?? DEFAULT_ROLE);
      if (account !== undefined) {
        const token = randomHex(32);
        store.resetTokens.set(token, {
          email: account.email,
          role: account.role,
          expiresAt: context.now() + mockLifetimes.resetTokenMs,
        });
        const link = `${context.appUrl}/reset-password?token=${token}`;
        sendMessage(context, {
          to: account.email,
          kind: 'reset-password',
          subject: 'Reset your password',
          text: `Hello ${account.fullname}, choose a new password by opening this link within 1 hour: ${link}`,
          token,
          link,
        });
      }
      // The same answer whether or not the account exists, so the route reveals nothing.
      return successResponse('forgotPassword', { success: true, message: successMessages.resetLinkSent });
    }),

    defineRoute(context, 'resetPassword', async ({ parameters, route }) => {
      const grant = store.resetTokens.get(parameters.token);
      const account = grant === undefined ? undefined : store.findAccount(grant.email, grant.role);
      if (grant === undefined || grant.expiresAt <= context.now() || account === undefined) {
        return errorResponse(route, 401, serverMessages.resetTokenInvalid);
      }
      account.password = parameters.newPassword;
      // Every outstanding link of the account dies with the one used, and so does every session.
      for (const [token, other] of store.resetTokens) {
        if (other.email === account.email && other.role === account.role) store.resetTokens.delete(token);
      }
      revokeSessions(context, account.email, account.role);
      store.pendingLogins.delete(accountKey(account.email, account.role));
      return successResponse('resetPassword', { success: true });
    }),

    defineRoute(context, 'changePassword', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, {
        email: parameters.email,
      });
      if (session.status === 'rejected') return session.response;
      if (session.account.password !== parameters.oldPassword) {
        return errorResponse(route, 401, serverMessages.incorrectPassword);
      }
      session.account.password = parameters.newPassword;
      return successResponse('changePassword', { success: true });
    }),
  ];
}
