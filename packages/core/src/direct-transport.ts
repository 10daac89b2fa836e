import {
  advertisesGroup,
  type RouteId,
  type RouteResponses,
  routes,
  serverMessages,
} from '@authflow-ui/contract';
import { AuthError, isAuthError } from './auth-error.js';
import { type CallRouteOptions, callRoute, type RouteParameters } from './call-route.js';
import { expiresAtFromToken } from './decode-jwt-claims.js';
import { createDirectPasskeyTransport } from './direct-passkey-transport.js';
import { fetchDiscoveryDocument } from './fetch-discovery-document.js';
import { type DirectMfaChallenge, type MfaChallenge, mfaChallengeFromLogin } from './mfa-challenge.js';
import { normalizeRecoveryCode } from './normalize-recovery-code.js';
import { cleanOneTimeCode } from './one-time-code.js';
import type { FetchFunction } from './send-request.js';
import { authUserFromMe } from './session.js';
import type { SessionCredentials, SessionGrant, Transport, TransportCallOptions } from './transport.js';

export interface DirectTransportOptions {
  baseUrl: string;
  /** The organization API key; only servers (and the public mock key) may hold it. */
  apiKey?: string | undefined;
  fetch: FetchFunction;
  timeoutMs: number;
  now: () => number;
}

type KeyedRoute =
  | 'fooBar'
  | 'signUp'
  | 'login'
  | 'forgotPassword'
  | 'resendVerifyEmail'
  | 'passkeyLoginOptions'
  | 'verifyPasskeyLogin';

function isFooBarExpired(error: unknown): boolean {
  return (
    isAuthError(error) &&
    error.status === 401 &&
    (error.serverMessage ?? '').startsWith(serverMessages.fooBarExpired)
  );
}

function sessionBody(session: SessionCredentials) {
  return {
    sessionToken: sessionToken(session),
    email: session.user.email,
    org_id: session.user.orgId,
    role: session.user.role,
  };
}

function directChallenge(challenge: MfaChallenge): DirectMfaChallenge {
  if (challenge.mode !== 'proxy') return challenge;
  throw new AuthError(
    'configuration',
    'This challenge came from a proxy-mode client and can only be answered through @authflow-ui/proxy',
  );
}

function sessionToken(grant: SessionGrant): string {
  if (grant.token === null) throw new AuthError('session_expired', 'There is no session token to send');
  return grant.token;
}

/**
 * The `direct` transport: calls AuthFlow's contract routes from this process. It fetches a
 * fresh fooBar token right before each sign-up, login and verification resend, for the same
 * email and role, and retries exactly once with a new one when AuthFlow says it expired.
 */
export function createDirectTransport(options: DirectTransportOptions): Transport {
  const call = <R extends RouteId>(
    routeId: R,
    params: RouteParameters<R>,
    { signal }: TransportCallOptions,
  ): Promise<RouteResponses[R]> => {
    const callOptions: CallRouteOptions = {
      baseUrl: options.baseUrl,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      now: options.now,
      signal,
    };
    return callRoute(routeId, params, callOptions);
  };

  const requireApiKey = (routeId: KeyedRoute): string => {
    if (options.apiKey !== undefined && options.apiKey !== '') return options.apiKey;
    throw new AuthError(
      'configuration',
      `${routes[routeId].path} needs the organization API key, which must stay on a server: pass apiKey to ` +
        'createAuthClient in server code, or call AuthFlow through @authflow-ui/proxy from a browser',
    );
  };

  const withFooBar = async <T>(
    routeId: 'signUp' | 'login' | 'resendVerifyEmail',
    identity: { email: string; role: string },
    callOptions: TransportCallOptions,
    send: (foobar: string, apiKey: string) => Promise<T>,
  ): Promise<T> => {
    const apiKey = requireApiKey(routeId);
    const fetchFooBar = async () =>
      (await call('fooBar', { identity: identity.email, api_key: apiKey, role: identity.role }, callOptions))
        .token;
    try {
      return await send(await fetchFooBar(), apiKey);
    } catch (error) {
      if (!isFooBarExpired(error)) throw error;
      return send(await fetchFooBar(), apiKey);
    }
  };

  const discover = (callOptions: TransportCallOptions) =>
    fetchDiscoveryDocument(options.baseUrl, {
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      now: options.now,
      signal: callOptions.signal,
    });
  const passkeys = createDirectPasskeyTransport({ call, apiKey: requireApiKey, sessionBody });

  return {
    mode: 'direct',
    signUp: async (input, callOptions) => {
      const { token } = await withFooBar('signUp', input, callOptions, (foobar, apiKey) =>
        call(
          'signUp',
          {
            foobar,
            email: input.email,
            password: input.password,
            fullname: input.fullname,
            role: input.role,
            api_key: apiKey,
            disclaimed: String(input.disclaimed),
          },
          callOptions,
        ),
      );
      return { token };
    },
    signIn: async (input, callOptions) => {
      const response = await withFooBar('login', input, callOptions, (foobar, apiKey) =>
        call(
          'login',
          { foobar, email: input.email, password: input.password, api_key: apiKey, role: input.role },
          callOptions,
        ),
      );
      if ('requires2FA' in response) {
        return { type: 'mfa', challenge: mfaChallengeFromLogin(response, options.now()) };
      }
      return { type: 'session', grant: { token: response.token } };
    },
    verifyTotp: async (anyChallenge, code, callOptions) => {
      const challenge = directChallenge(anyChallenge);
      const { token } = await call(
        'verifyTwoFactor',
        {
          tempToken: challenge.tempToken,
          email: challenge.email,
          org_id: challenge.orgId,
          role: challenge.role,
          totpCode: cleanOneTimeCode(code),
        },
        callOptions,
      );
      return { token };
    },
    sendEmailCode: async (anyChallenge, callOptions) => {
      const challenge = directChallenge(anyChallenge);
      await call(
        'sendBackupEmail',
        {
          tempToken: challenge.tempToken,
          email: challenge.email,
          org_id: challenge.orgId,
          role: challenge.role,
        },
        callOptions,
      );
    },
    verifyEmailCode: async (anyChallenge, code, callOptions) => {
      const challenge = directChallenge(anyChallenge);
      const { token } = await call(
        'verifyEmailOtp',
        {
          email: challenge.email,
          org_id: challenge.orgId,
          role: challenge.role,
          emailOTP: cleanOneTimeCode(code),
        },
        callOptions,
      );
      return { token };
    },
    verifyRecoveryCode: async (anyChallenge, code, callOptions) => {
      const challenge = directChallenge(anyChallenge);
      const { token, remainingCodes } = await call(
        'verifyRecoveryCode',
        {
          email: challenge.email,
          org_id: challenge.orgId,
          role: challenge.role,
          recoveryCode: normalizeRecoveryCode(code),
        },
        callOptions,
      );
      return { token, remainingCodes };
    },
    me: async (grant, callOptions) =>
      authUserFromMe(await call('me', { sessionToken: sessionToken(grant) }, callOptions)),
    loadSession: async (current, callOptions) => {
      if (current === null || current.token === null) return null;
      const user = authUserFromMe(await call('me', { sessionToken: current.token }, callOptions));
      return {
        user,
        expiresAt: expiresAtFromToken(current.token, options.now()),
        twoFactor: current.twoFactor,
      };
    },
    validate: async (session, callOptions) => {
      await call('validate', { sessionToken: sessionToken(session), email: session.user.email }, callOptions);
    },
    logout: async (session, callOptions) => {
      if (session === null) return;
      await call('logout', { sessionToken: sessionToken(session), email: session.user.email }, callOptions);
    },
    enableTwoFactor: async (session, callOptions) => {
      const response = await call('enableTwoFactor', sessionBody(session), callOptions);
      return { secret: response.secret, qrCode: response.qrCode, otpauthUrl: response.otpauth_url };
    },
    verifyTwoFactorSetup: async (session, input, callOptions) => {
      const { recoveryCodes } = await call(
        'verifyTwoFactorSetup',
        { ...sessionBody(session), totpCode: cleanOneTimeCode(input.code), secret: input.secret },
        callOptions,
      );
      return { recoveryCodes };
    },
    disableTwoFactor: async (session, input, callOptions) => {
      await call('disableTwoFactor', { ...sessionBody(session), password: input.password }, callOptions);
    },
    regenerateRecoveryCodes: async (session, input, callOptions) => {
      const { recoveryCodes } = await call(
        'regenerateRecoveryCodes',
        { ...sessionBody(session), password: input.password },
        callOptions,
      );
      return { recoveryCodes };
    },
    changePassword: async (session, input, callOptions) => {
      await call(
        'changePassword',
        {
          sessionToken: sessionToken(session),
          email: session.user.email,
          oldPassword: input.oldPassword,
          newPassword: input.newPassword,
        },
        callOptions,
      );
    },
    forgotPassword: async (input, callOptions) => {
      const apiKey = requireApiKey('forgotPassword');
      await call('forgotPassword', { email: input.email, api_key: apiKey, role: input.role }, callOptions);
    },
    resetPassword: async (input, callOptions) => {
      await call('resetPassword', { token: input.token, newPassword: input.newPassword }, callOptions);
    },
    verifyEmail: async (input, callOptions) => {
      await call('verifyEmail', { token: input.token }, callOptions);
    },
    resendVerificationEmail: async (input, callOptions) => {
      await withFooBar('resendVerifyEmail', input, callOptions, (foobar, apiKey) =>
        call(
          'resendVerifyEmail',
          { foobar, email: input.email, api_key: apiKey, role: input.role },
          callOptions,
        ),
      );
    },
    deleteUser: async (session, input, callOptions) => {
      await call(
        'deleteUser',
        {
          Authorization: `Bearer ${sessionToken(session)}`,
          email_owner: session.user.email,
          org_id: session.user.orgId,
          user_email: input.userEmail,
        },
        callOptions,
      );
    },
    accountSecurity: null,
    discover,
    // AuthFlow keeps no session list: sessions come with the proxy only.
    capabilities: async (callOptions) => ({
      sessions: false,
      passkeys: advertisesGroup(await discover(callOptions), 'passkeys'),
    }),
    passkeys: () => Promise.resolve(passkeys),
  };
}
