import { serverMessages, successMessages } from '@authflow-ui/contract';
import type { HttpHandler } from 'msw';
import { toDataURL } from 'qrcode';
import { mockLifetimes, RECOVERY_CODE_COUNT } from '../constants.js';
import { type Account, accountKey } from '../create-mock-store.js';
import type { MockContext } from '../mock-context.js';
import { randomDigits, randomRecoveryCodes } from '../random.js';
import { errorResponse, successResponse } from '../responses.js';
import { sendMessage } from '../send-message.js';
import { issueSessionToken } from '../tokens/session-tokens.js';
import { buildTotp, checkTotpCode, createTotpSecret } from '../totp.js';
import { defineRoute } from './define-route.js';
import { requirePendingLogin } from './require-pending-login.js';
import { requireSession } from './require-session.js';

/** The eight `authProduct.twoFactor` routes. */
export function twoFactorHandlers(context: MockContext): HttpHandler[] {
  const { store } = context;

  /** The second factor checked out: the pending login is spent and a session begins. */
  const finishLogin = (account: Account) => {
    store.pendingLogins.delete(accountKey(account.email, account.role));
    return issueSessionToken(context, account);
  };

  return [
    defineRoute(context, 'enableTwoFactor', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, parameters);
      if (session.status === 'rejected') return session.response;
      const secret = createTotpSecret();
      session.account.issuedTotpSecret = secret;
      const otpauthUrl = buildTotp(secret, session.account.email).toString();
      return successResponse('enableTwoFactor', {
        secret,
        qrCode: await toDataURL(otpauthUrl),
        otpauth_url: otpauthUrl,
      });
    }),

    defineRoute(context, 'verifyTwoFactorSetup', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, parameters);
      if (session.status === 'rejected') return session.response;
      const { account } = session;
      // Only the secret this account was just issued: a client cannot bring a secret of its own.
      if (account.issuedTotpSecret === null || parameters.secret !== account.issuedTotpSecret) {
        return errorResponse(route, 401, serverMessages.invalidTotpCode);
      }
      const check = checkTotpCode(parameters.secret, parameters.totpCode, context.now(), null);
      if (check.status === 'rejected') return errorResponse(route, 401, serverMessages.invalidTotpCode);
      const recoveryCodes = randomRecoveryCodes(RECOVERY_CODE_COUNT);
      account.twoFactor = {
        status: 'enabled',
        secret: parameters.secret,
        recoveryCodes: [...recoveryCodes],
        lastUsedStep: check.step,
      };
      account.issuedTotpSecret = null;
      return successResponse('verifyTwoFactorSetup', { success: true, recoveryCodes });
    }),

    defineRoute(context, 'disableTwoFactor', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, parameters);
      if (session.status === 'rejected') return session.response;
      const { account } = session;
      if (account.password !== parameters.password) {
        return errorResponse(route, 401, serverMessages.incorrectPassword);
      }
      if (account.twoFactor.status === 'disabled') {
        return errorResponse(route, 400, serverMessages.twoFactorNotEnabled);
      }
      account.twoFactor = { status: 'disabled' };
      store.pendingLogins.delete(accountKey(account.email, account.role));
      return successResponse('disableTwoFactor', { success: true });
    }),

    defineRoute(context, 'verifyTwoFactor', async ({ parameters, route }) => {
      const login = requirePendingLogin(context, route, parameters);
      if (login.status === 'rejected') return login.response;
      const { twoFactor } = login;
      const check = checkTotpCode(
        twoFactor.secret,
        parameters.totpCode,
        context.now(),
        twoFactor.lastUsedStep,
      );
      if (check.status === 'rejected') return errorResponse(route, 401, serverMessages.invalidTotpCode);
      twoFactor.lastUsedStep = check.step;
      const token = await finishLogin(login.account);
      return successResponse('verifyTwoFactor', { token });
    }),

    defineRoute(context, 'sendBackupEmail', async ({ parameters, route }) => {
      const login = requirePendingLogin(context, route, parameters);
      if (login.status === 'rejected') return login.response;
      // A new code replaces the previous one.
      const code = randomDigits(6);
      login.pending.emailCode = { code, expiresAt: context.now() + mockLifetimes.emailOtpMs };
      sendMessage(context, {
        to: login.account.email,
        kind: 'email-otp',
        subject: 'Your sign-in code',
        text: `Your AuthFlow sign-in code is ${code}. It expires in 10 minutes and works once.`,
        code,
      });
      return successResponse('sendBackupEmail', { success: true, message: successMessages.emailOtpSent });
    }),

    defineRoute(context, 'verifyEmailOtp', async ({ parameters, route }) => {
      const login = requirePendingLogin(context, route, parameters, 'email-code');
      if (login.status === 'rejected') return login.response;
      const { emailCode } = login.pending;
      if (
        emailCode === null ||
        emailCode.expiresAt <= context.now() ||
        emailCode.code !== parameters.emailOTP
      ) {
        return errorResponse(route, 401, serverMessages.invalidEmailOtp);
      }
      const token = await finishLogin(login.account);
      return successResponse('verifyEmailOtp', { token });
    }),

    defineRoute(context, 'regenerateRecoveryCodes', async ({ parameters, route }) => {
      const session = await requireSession(context, route, parameters.sessionToken, parameters);
      if (session.status === 'rejected') return session.response;
      const { account } = session;
      if (account.password !== parameters.password) {
        return errorResponse(route, 401, serverMessages.incorrectPassword);
      }
      if (account.twoFactor.status === 'disabled') {
        return errorResponse(route, 400, serverMessages.twoFactorNotEnabled);
      }
      const recoveryCodes = randomRecoveryCodes(RECOVERY_CODE_COUNT);
      account.twoFactor.recoveryCodes = [...recoveryCodes];
      return successResponse('regenerateRecoveryCodes', { recoveryCodes });
    }),

    defineRoute(context, 'verifyRecoveryCode', async ({ parameters, route }) => {
      const login = requirePendingLogin(context, route, parameters);
      if (login.status === 'rejected') return login.response;
      const { recoveryCodes } = login.twoFactor;
      const index = recoveryCodes.indexOf(parameters.recoveryCode);
      if (index === -1) return errorResponse(route, 401, serverMessages.invalidRecoveryCode);
      recoveryCodes.splice(index, 1);
      const token = await finishLogin(login.account);
      return successResponse('verifyRecoveryCode', { token, remainingCodes: recoveryCodes.length });
    }),
  ];
}
