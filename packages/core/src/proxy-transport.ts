import {
  isProxyErrorBody,
  type ProxyEndpointId,
  type ProxyRequests,
  type ProxyResponses,
  parseRetryAfter,
  proxyCsrfHeader,
  proxyCsrfHeaderValue,
  proxyEndpointPaths,
  proxyResponseGuards,
  type SignedInAnswer,
} from '@authflow-ui/contract';
import { AuthError } from './auth-error.js';
import { joinUrl } from './join-url.js';
import { normalizeRecoveryCode } from './normalize-recovery-code.js';
import { cleanOneTimeCode } from './one-time-code.js';
import { createProxyAccountSecurity } from './proxy-account-security.js';
import { type FetchFunction, type ReceivedResponse, sendRequest } from './send-request.js';
import type { SessionGrant, Transport, TransportCallOptions } from './transport.js';

export interface ProxyTransportOptions {
  /** Where `@authflow-ui/proxy` answers, such as `/api/auth` (same origin) or an absolute URL. */
  baseUrl: string;
  fetch: FetchFunction;
  timeoutMs: number;
  now: () => number;
}

function grantFrom(answer: SignedInAnswer): SessionGrant {
  return {
    token: null,
    confirmed: { user: answer.user, expiresAt: answer.expiresAt, twoFactor: answer.twoFactor },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The `proxy` transport: JSON POSTs to `@authflow-ui/proxy` with the CSRF header and the
 * session cookie. It never sees a token: roles, org ids, `tempToken`s and TOTP secrets stay on
 * the proxy, so the arguments that carry them (`role`, a challenge's identity, `secret`) are
 * ignored here, and signed-in state comes from the proxy's answers.
 */
export function createProxyTransport(options: ProxyTransportOptions): Transport {
  const failure = (endpoint: ProxyEndpointId, response: ReceivedResponse): AuthError => {
    const path = proxyEndpointPaths[endpoint];
    const body = parseJson(response.text);
    const headerRetryAfter = parseRetryAfter(response.headers.get('retry-after'), options.now());
    if (isProxyErrorBody(body)) {
      const { code, message } = body.error;
      const retryAfter = body.error.retryAfter ?? headerRetryAfter;
      return new AuthError(code, `Proxy POST ${path} failed with ${response.status} (${code}): ${message}`, {
        status: response.status,
        ...(code === 'rate_limited' && retryAfter !== undefined ? { retryAfter } : {}),
      });
    }
    if (response.status === 429) {
      return new AuthError('rate_limited', `Proxy POST ${path} answered 429`, {
        status: 429,
        ...(headerRetryAfter === undefined ? {} : { retryAfter: headerRetryAfter }),
      });
    }
    if (response.status >= 500) {
      return new AuthError('server', `Proxy POST ${path} failed with ${response.status}`, {
        status: response.status,
      });
    }
    if (response.status === 404 || response.status === 405) {
      return new AuthError(
        'configuration',
        `Nothing answered POST ${path} like @authflow-ui/proxy (${response.status}): is baseUrl the proxy's basePath?`,
        { status: response.status },
      );
    }
    return new AuthError(
      'invalid_response',
      `Proxy POST ${path} answered ${response.status} without a proxy error body`,
      { status: response.status },
    );
  };

  const post = async <E extends ProxyEndpointId>(
    endpoint: E,
    body: ProxyRequests[E],
    { signal }: TransportCallOptions,
  ): Promise<ProxyResponses[E]> => {
    const path = proxyEndpointPaths[endpoint];
    const response = await sendRequest(
      joinUrl(options.baseUrl, path),
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', [proxyCsrfHeader]: proxyCsrfHeaderValue },
        body: JSON.stringify(body),
      },
      { fetch: options.fetch, timeoutMs: options.timeoutMs, signal, credentials: 'include' },
    );
    if (response.status !== 200) throw failure(endpoint, response);
    const answer = parseJson(response.text);
    if (!proxyResponseGuards[endpoint](answer)) {
      throw new AuthError('invalid_response', `Proxy POST ${path} answered 200 with an unexpected body`, {
        status: response.status,
      });
    }
    return answer;
  };

  const empty: Record<string, never> = {};
  const notSignedIn = () =>
    new AuthError('session_expired', 'The proxy holds no session for this browser', { status: 401 });

  return {
    mode: 'proxy',
    signUp: async (input, callOptions) =>
      grantFrom(
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
          return { type: 'session', grant: grantFrom(answer.session) };
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
      grantFrom(await post('verifyTotp', { code: cleanOneTimeCode(code) }, callOptions)),
    sendEmailCode: async (_challenge, callOptions) => {
      await post('sendEmailCode', empty, callOptions);
    },
    verifyEmailCode: async (_challenge, code, callOptions) =>
      grantFrom(await post('verifyEmailCode', { code: cleanOneTimeCode(code) }, callOptions)),
    verifyRecoveryCode: async (_challenge, code, callOptions) => {
      const answer = await post('verifyRecoveryCode', { code: normalizeRecoveryCode(code) }, callOptions);
      return { ...grantFrom(answer.session), remainingCodes: answer.remainingCodes };
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
        'discover() reads AuthFlow directly; @authflow-ui/proxy does not forward the discovery document',
      );
    },
    // The proxy's wire has no passkey endpoints yet: a proxy-mode client offers no passkeys.
    passkeys: null,
  };
}
