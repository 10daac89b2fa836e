import { serverMessages, successMessages } from '@authflow-ui/contract';
import { type HttpHandler, HttpResponse } from 'msw';
import { DEFAULT_ROLE } from '../constants.js';
import type { MockContext } from '../mock-context.js';
import { errorResponse, htmlPage, successResponse } from '../responses.js';
import { sendVerificationEmail } from '../send-verification-email.js';
import { isFooBarTokenValid } from '../tokens/foobar-tokens.js';
import { defineRoute } from './define-route.js';

/** The two `authProduct.emailVerification` routes. */
export function emailVerificationHandlers(context: MockContext): HttpHandler[] {
  const { store } = context;

  return [
    defineRoute(context, 'verifyEmail', async ({ parameters, route }) => {
      const grant = store.verificationTokens.get(parameters.token);
      const account = grant === undefined ? undefined : store.findAccount(grant.email, grant.role);
      if (grant === undefined || grant.expiresAt <= context.now() || account === undefined) {
        return errorResponse(route, 401, serverMessages.verificationTokenInvalid);
      }
      store.verificationTokens.delete(parameters.token);
      account.verified = true;
      return HttpResponse.html(
        htmlPage('Email verified', 'Your email address is verified. You can close this page.'),
      );
    }),

    defineRoute(context, 'resendVerifyEmail', async ({ parameters, route }) => {
      const { email } = parameters;
      const role = parameters.role ?? DEFAULT_ROLE;
      if (!(await isFooBarTokenValid(context, parameters.foobar, { identity: email, role }))) {
        return errorResponse(route, 401, serverMessages.fooBarExpired);
      }
      const account = store.findAccount(email, role);
      if (account !== undefined && !account.verified) sendVerificationEmail(context, account);
      // Unknown and already verified accounts get the same answer, so the route reveals nothing.
      return successResponse('resendVerifyEmail', {
        statusCode: 200,
        message: successMessages.verificationEmailSent,
      });
    }),
  ];
}
