import { proxyAuthFlowPaths, proxyAuthFlowResponseGuards } from '@authflow-ui/contract';
import { AuthError } from './auth-error.js';
import { normalizeRecoveryCode } from './normalize-recovery-code.js';
import { cleanOneTimeCode } from './one-time-code.js';
import { createProxyAccountSecurity } from './proxy-account-security.js';
import { createProxyPost, type ProxyTransportOptions } from './proxy-post.js';
import { proxySessionGrant } from './proxy-session-grant.js';
import type { Transport } from './transport.js';

/**
 * The `proxy` transport: JSON POSTs to `@authflow-ui/proxy` with the CSRF header and the
 * session cookie. It never sees a token: roles, org ids, `tempToken`s and TOTP secrets stay on
 * the proxy, so the arguments that carry them (`role`, a challenge's identity, `secret`) are
 * ignored here, and signed-in state comes from the proxy's answers.
 */
export function createProxyTransport(options: ProxyTransportOptions): Transport {
  const post = createProxyPost(options, {
    paths: proxyAuthFlowPaths,
    guards: proxyAuthFlowResponseGuards,
  });

  const empty: Record<string, never> = {};
  const notSignedIn = () =>
    new AuthError('session_expired', 'The proxy holds no session for this browser', { status: 401 });

  return {
    mode: 'proxy',
    signUp: async (input, callOptions) =>
      proxySessionGrant(
        await post(
          'signUp',
          {
            email: input.email,
            password: input.password,
            fullname: input.fullname,
            disclaimed: input.disclaimed,
          },
          callOptions,
        ),
      ),
    signIn: async (input, callOptions) => {
      const answer = await post('signIn', { email: input.email, password: input.password }, callOptions);
      switch (answer.type) {
        case 'session':
          return { type: 'session', grant: proxySessionGrant(answer.session) };
        case 'mfa':
          return {
            type: 'mfa',
            challenge: {
              mode: 'proxy',
              email: answer.challenge.email,
              methods: answer.challenge.methods,
              issuedAt: options.now(),
              expiresAt: answer.challenge.expiresAt,
            },
          };
        default:
          return answer satisfies never;
      }
    },
    verifyTotp: async (_challenge, code, callOptions) =>
      proxySessionGrant(await post('verifyTotp', { code: cleanOneTimeCode(code) }, callOptions)),
    sendEmailCode: async (_challenge, callOptions) => {
      await post('sendEmailCode', empty, callOptions);
    },
    verifyEmailCode: async (_challenge, code, callOptions) =>
      proxySessionGrant(await post('verifyEmailCode', { code: cleanOneTimeCode(code) }, callOptions)),
    verifyRecoveryCode: async (_challenge, code, callOptions) => {
      const answer = await post('verifyRecoveryCode', { code: normalizeRecoveryCode(code) }, callOptions);
      return { ...proxySessionGrant(answer.session), remainingCodes: answer.remainingCodes };
    },
    me: async (_grant, callOptions) => {
      const answer = await post('session', empty, callOptions);
      if (answer.status === 'signedOut') throw notSignedIn();
      return answer.user;
    },
    loadSession: async (_current, callOptions) => {
      const answer = await post('session', empty, callOptions);
      return answer.status === 'signedIn'
        ? { user: answer.user, expiresAt: answer.expiresAt, twoFactor: answer.twoFactor }
        : null;
    },
    validate: async (_session, callOptions) => {
      const answer = await post('session', empty, callOptions);
      if (answer.status === 'signedOut') throw notSignedIn();
    },
    logout: async (_session, callOptions) => {
      await post('signOut', empty, callOptions);
    },
    enableTwoFactor: (_session, callOptions) => post('enableTwoFactor', empty, callOptions),
    verifyTwoFactorSetup: async (_session, input, callOptions) => {
      const { recoveryCodes } = await post(
        'verifyTwoFactorSetup',
        { code: cleanOneTimeCode(input.code) },
        callOptions,
      );
      return { recoveryCodes };
    },
    disableTwoFactor: async (_session, input, callOptions) => {
      await post('disableTwoFactor', { password: input.password }, callOptions);
    },
    regenerateRecoveryCodes: async (_session, input, callOptions) => {
      const { recoveryCodes } = await post(
        'regenerateRecoveryCodes',
        { password: input.password },
        callOptions,
      );
      return { recoveryCodes };
    },
    changePassword: async (_session, input, callOptions) => {
      await post(
        'changePassword',
        { oldPassword: input.oldPassword, newPassword: input.newPassword },
        callOptions,
      );
    },
    forgotPassword: async (input, callOptions) => {
      await post('forgotPassword', { email: input.email }, callOptions);
    },
    resetPassword: async (input, callOptions) => {
      await post('resetPassword', { token: input.token, newPassword: input.newPassword }, callOptions);
    },
    verifyEmail: async (input, callOptions) => {
      await post('verifyEmail', { token: input.token }, callOptions);
    },
    resendVerificationEmail: async (input, callOptions) => {
      await post('resendVerificationEmail', { email: input.email }, callOptions);
    },
    deleteUser: async (_session, input, callOptions) => {
      await post('deleteUser', { userEmail: input.userEmail }, callOptions);
    },
    accountSecurity: createProxyAccountSecurity(post),
    discover: async () => {
      throw new AuthError(
        'configuration',
        'discover() reads AuthFlow itself; in proxy mode ask capabilities()',
      );
    },
    capabilities: (callOptions) => post('capabilities', empty, callOptions),
    // Its own chunk: a page that never runs a passkey action never downloads the passkey wire.
    passkeys: () =>
      import('./proxy-passkey-transport.js').then((module) => module.createProxyPasskeyTransport(options)),
  };
}
