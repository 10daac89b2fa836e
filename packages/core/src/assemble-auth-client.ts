import type { TwoFactorStatus } from '@authflow-ui/contract';
import type { AuthClient, CallOptions, SessionValidity } from './auth-client.js';
import { AuthError, isAuthError } from './auth-error.js';
import { createCapabilitiesReader } from './capabilities-reader.js';
import { createAccountSecurityPart } from './create-account-security-part.js';
import { createCrossTabChannel } from './cross-tab-sync.js';
import { expiresAtFromToken } from './decode-jwt-claims.js';
import { isBrowserEnvironment } from './is-browser-environment.js';
import { createLazyPasskeyActions } from './lazy-passkey-actions.js';
import type { FetchFunction } from './send-request.js';
import type { Session } from './session.js';
import { createSessionStore, type SessionState } from './session-store.js';
import type { SessionStorageOption } from './storage-adapters.js';
import type { SessionCredentials, SessionGrant, Transport, TransportMode } from './transport.js';
import { browserWebAuthn, type WebAuthnSource } from './webauthn-browser.js';

export interface AuthClientOptions {
  /**
   * AuthFlow origin (`https://api.authflow.net`), or the mock's; may carry a path prefix. In
   * `proxy` mode, where `@authflow-ui/proxy` answers: its `basePath` (`/api/auth`) or a URL.
   */
  baseUrl: string;
  /**
   * The organization API key, needed by fooBar, signUp, login, forgot-password and
   * resend-verify-email. Server code only: in a browser `createAuthClient` throws unless
   * `dangerouslyAllowBrowser` is set. Refused in `proxy` mode, where the proxy holds the key.
   */
  apiKey?: string;
  /** The RBAC role used when a call names none. Default `'user'` (the contract's default). */
  role?: string;
  /** The fetch to use. Default: the global `fetch`. */
  fetch?: FetchFunction;
  /** Milliseconds before a request fails with `timeout`. Default `15000`. */
  timeoutMs?: number;
  /** Where the session survives a reload. Default `'memory'`. */
  storage?: SessionStorageOption;
  /** Accept `apiKey` in a browser. Only for the public key of the mock, never a real key. Default `false`. */
  dangerouslyAllowBrowser?: boolean;
  /**
   * How the client reaches AuthFlow. Default `'direct'`: this process calls AuthFlow and holds
   * the session JWT. `'proxy'`: JSON POSTs to `@authflow-ui/proxy` with its cookie; the client
   * never holds a token (`session.token` stays `null`). Browsers against real AuthFlow use `'proxy'`.
   */
  mode?: TransportMode;
  /** Clock in epoch milliseconds, for tests. Default `Date.now`. */
  now?: () => number;
  /**
   * Mirror sign-in and sign-out to other tabs. Default `true` in a browser, `false` elsewhere,
   * where several clients in one process may belong to different people.
   */
  crossTabSync?: boolean;
  /**
   * A session the server already confirmed (from `getSession` of `@authflow-ui/proxy`), so a page
   * rendered on the server starts signed in and hydrates in the same state. Default: none.
   */
  initialSession?: Session;
  /**
   * Where passkey ceremonies run. Default: the browser's WebAuthn through `@simplewebauthn/browser`,
   * loaded by the first passkey action. Tests and unusual hosts may supply their own.
   */
  webAuthn?: WebAuthnSource;
}

export const defaultTimeoutMs = 15_000;
export const defaultRole = 'user';

/** What every transport is built from: the client's options with their defaults filled in. */
export interface TransportSettings {
  baseUrl: string;
  fetch: FetchFunction;
  timeoutMs: number;
  now: () => number;
}

/**
 * Builds the client around a transport. Each public factory passes only the transport it needs, so a
 * browser bundle that signs in through the proxy never carries the direct transport.
 */
export function assembleAuthClient(
  options: AuthClientOptions,
  makeTransport: (settings: TransportSettings) => Transport,
): AuthClient {
  const inBrowser = isBrowserEnvironment();
  if (inBrowser && options.apiKey !== undefined && options.dangerouslyAllowBrowser !== true) {
    throw new AuthError(
      'configuration',
      'createAuthClient was given an apiKey in a browser, where anyone can read it. Keep the key on a ' +
        'server and call AuthFlow through @authflow-ui/proxy (set dangerouslyAllowBrowser only for the mock key)',
    );
  }
  const now = options.now ?? Date.now;
  const role = options.role ?? defaultRole;
  const transport = makeTransport({
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
    now,
  });
  const store = createSessionStore({
    ...(options.storage === undefined ? {} : { storage: options.storage }),
    now,
    crossTab: (options.crossTabSync ?? inBrowser) ? createCrossTabChannel() : null,
    initialSession: options.initialSession,
    // A server renders a page once per request: a twelve-hour timer per page would keep each
    // request's store alive long after its answer was sent.
    expiryTimer: inBrowser || options.initialSession === undefined,
  });

  /**
   * `twoFactor` is what the way the session began says (a second factor means it is on); a
   * proxy's answer says the same from its own record.
   */
  const establish = async (
    grant: SessionGrant,
    twoFactor: TwoFactorStatus,
    callOptions: CallOptions,
  ): Promise<Session> => {
    const session: Session = grant.confirmed
      ? { token: grant.token, ...grant.confirmed }
      : {
          user: await transport.me(grant, callOptions),
          token: grant.token,
          expiresAt: grant.token === null ? null : expiresAtFromToken(grant.token, now()),
          twoFactor,
        };
    store.signIn(session);
    return session;
  };

  const credentialsOf = (state: SessionState): SessionCredentials | null =>
    state.status === 'signedIn' ? { token: state.token, user: state.user, twoFactor: state.twoFactor } : null;

  const requireSession = (): SessionCredentials => {
    store.checkExpiry();
    const credentials = credentialsOf(store.getState());
    if (credentials !== null) return credentials;
    throw new AuthError('session_expired', 'Not signed in: sign in before calling this method');
  };

  /** A change answered for one session must not land on another that began meanwhile. */
  const recordTwoFactor = (session: SessionCredentials, twoFactor: TwoFactorStatus) => {
    const state = store.getState();
    if (
      state.status === 'signedIn' &&
      state.token === session.token &&
      state.user.email === session.user.email
    )
      store.updateTwoFactor(twoFactor);
  };

  /** A session AuthFlow no longer accepts is gone here too. */
  const withSession = async <T>(run: (session: SessionCredentials) => Promise<T>): Promise<T> => {
    const session = requireSession();
    try {
      return await run(session);
    } catch (error) {
      if (
        isAuthError(error) &&
        error.code === 'session_expired' &&
        store.getState().token === session.token
      ) {
        store.signOut();
      }
      throw error;
    }
  };

  const validate = async (callOptions: CallOptions = {}): Promise<SessionValidity> => {
    store.checkExpiry();
    const state = store.getState();
    const credentials = credentialsOf(state);
    if (credentials === null) return 'invalid';
    try {
      await transport.validate(credentials, callOptions);
      return 'valid';
    } catch (error) {
      if (isAuthError(error) && error.code === 'aborted') throw error;
      if (isAuthError(error) && (error.status === 401 || error.code === 'session_expired')) {
        if (store.getState().token === state.token) store.signOut();
        return 'invalid';
      }
      return 'unknown';
    }
  };

  /**
   * The sign-out still on its way. In proxy mode its answer clears the session cookie, so a
   * sign-in sent meanwhile could get its new cookie cleared by the late answer: calls that start
   * a session wait for it (it never rejects).
   */
  let signingOut: Promise<void> = Promise.resolve();

  const loadSession = async (callOptions: CallOptions = {}): Promise<Session | null> => {
    await signingOut;
    store.checkExpiry();
    const state = store.getState();
    const current = credentialsOf(state);
    let confirmed: Awaited<ReturnType<Transport['loadSession']>>;
    try {
      confirmed = await transport.loadSession(current, callOptions);
    } catch (error) {
      if (!(isAuthError(error) && error.code === 'session_expired')) throw error;
      confirmed = null;
    }
    if (confirmed === null) {
      if (store.getState() === state && state.status === 'signedIn') store.signOut();
      return null;
    }
    const session: Session = { token: current?.token ?? null, ...confirmed };
    store.signIn(session);
    return session;
  };

  const accountSecurity = createAccountSecurityPart({ transport, withSession, now });

  return {
    mode: transport.mode,
    signUp: async (input, callOptions = {}) => {
      await signingOut;
      const grant = await transport.signUp(
        {
          email: input.email,
          password: input.password,
          fullname: input.fullname,
          role: input.role ?? role,
          disclaimed: input.disclaimed ?? true,
        },
        callOptions,
      );
      return establish(grant, 'disabled', callOptions);
    },
    signIn: async (input, callOptions = {}) => {
      await signingOut;
      const outcome = await transport.signIn(
        { email: input.email, password: input.password, role: input.role ?? role },
        callOptions,
      );
      switch (outcome.type) {
        case 'mfa':
          return { type: 'mfa', challenge: outcome.challenge };
        case 'session':
          return { type: 'session', session: await establish(outcome.grant, 'disabled', callOptions) };
        default:
          return outcome satisfies never;
      }
    },
    mfa: {
      verifyTotp: async (challenge, code, callOptions = {}) =>
        establish(await transport.verifyTotp(challenge, code, callOptions), 'enabled', callOptions),
      sendEmailCode: async (challenge, callOptions = {}) => {
        await transport.sendEmailCode(challenge, callOptions);
        return { sentAt: now() };
      },
      verifyEmailCode: async (challenge, code, callOptions = {}) =>
        establish(await transport.verifyEmailCode(challenge, code, callOptions), 'enabled', callOptions),
      verifyRecoveryCode: async (challenge, code, callOptions = {}) => {
        const { remainingCodes, ...grant } = await transport.verifyRecoveryCode(challenge, code, callOptions);
        return { session: await establish(grant, 'enabled', callOptions), remainingCodes };
      },
      enable: (callOptions = {}) => withSession((session) => transport.enableTwoFactor(session, callOptions)),
      verifySetup: (input, callOptions = {}) =>
        withSession(async (session) => {
          const codes = await transport.verifyTwoFactorSetup(session, input, callOptions);
          recordTwoFactor(session, 'enabled');
          return codes;
        }),
      disable: (input, callOptions = {}) =>
        withSession(async (session) => {
          await transport.disableTwoFactor(session, input, callOptions);
          recordTwoFactor(session, 'disabled');
        }),
      regenerateRecoveryCodes: (input, callOptions = {}) =>
        withSession((session) => transport.regenerateRecoveryCodes(session, input, callOptions)),
    },
    me: (callOptions = {}) =>
      withSession(async (session) => {
        const user = await transport.me(session, callOptions);
        store.updateUser(user);
        return user;
      }),
    validate,
    loadSession,
    signOut: async (callOptions = {}) => {
      const state = store.getState();
      store.signOut();
      const told = transport.logout(credentialsOf(state), callOptions).catch(() => {
        // The session is already gone here and in every tab; AuthFlow's copy expires on its own.
      });
      signingOut = told;
      await told;
    },
    changePassword: (input, callOptions = {}) =>
      withSession((session) => transport.changePassword(session, input, callOptions)),
    forgotPassword: (input, callOptions = {}) =>
      transport.forgotPassword({ email: input.email, role: input.role ?? role }, callOptions),
    resetPassword: (input, callOptions = {}) => transport.resetPassword(input, callOptions),
    verifyEmail: (input, callOptions = {}) => transport.verifyEmail(input, callOptions),
    resendVerificationEmail: (input, callOptions = {}) =>
      transport.resendVerificationEmail({ email: input.email, role: input.role ?? role }, callOptions),
    deleteUser: (input, callOptions = {}) =>
      withSession((session) => transport.deleteUser(session, input, callOptions)),
    discover: (callOptions = {}) => transport.discover(callOptions),
    ...accountSecurity,
    capabilities: createCapabilitiesReader(transport),
    passkeys: createLazyPasskeyActions({
      transport: transport.passkeys,
      role,
      webAuthn: options.webAuthn ?? browserWebAuthn,
      establish: async (grant, callOptions) => {
        await signingOut;
        // A passkey skips the second step, so the way the session began cannot tell whether 2FA is
        // on: the backend's answer says (`'disabled'` when silent, docs/passkeys.md).
        return establish(grant, grant.twoFactor, callOptions);
      },
      withSession,
    }),
    session: { getState: store.getState, getInitialState: store.getInitialState, subscribe: store.subscribe },
    destroy: store.destroy,
  };
}
