import type { Passkey } from '@authflow-ui/contract';
import type { CallOptions, PasskeyActions } from './auth-client.js';
import { AuthError } from './auth-error.js';
import { passkeyErrorFrom } from './passkey-error.js';
import type { PasskeySessionGrant, PasskeyTransport } from './passkey-transport.js';
import type { Session } from './session.js';
import type { SessionCredentials } from './transport.js';
import type { WebAuthnBrowser, WebAuthnSource } from './webauthn-browser.js';

export interface PasskeyActionsContext {
  /** Loads the passkey operations; the first passkey action asks. */
  transport: () => Promise<PasskeyTransport>;
  /** The client's default role, for sign-in. */
  role: string;
  webAuthn: WebAuthnSource;
  /** Records a session a sign-in began. */
  establish: (grant: PasskeySessionGrant, callOptions: CallOptions) => Promise<Session>;
  withSession: <T>(run: (session: SessionCredentials) => Promise<T>) => Promise<T>;
}

/**
 * Runs one browser ceremony. Aborting `signal` ends it (a conditional request waits for as long
 * as the page lives otherwise), and every failure becomes an `AuthError`.
 */
async function ceremony<T>(
  browser: WebAuthnBrowser,
  signal: AbortSignal | undefined,
  run: () => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw new AuthError('aborted', 'The passkey request was aborted');
  const cancel = () => browser.cancelCeremony();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await run();
  } catch (error) {
    if (signal?.aborted) throw new AuthError('aborted', 'The passkey request was aborted', { cause: error });
    throw passkeyErrorFrom(error);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * `client.passkeys`: the `passkeys` extension group in the browser. `@simplewebauthn/browser`
 * is loaded by the first action that needs it, never before.
 */
export function createPasskeyActions(context: PasskeyActionsContext): PasskeyActions {
  /** The WebAuthn library and the passkey transport arrive as chunks of their own, over the network. */
  const loaded = async <T>(load: () => Promise<T>): Promise<T> => {
    try {
      return await load();
    } catch (cause) {
      throw new AuthError('network', 'The passkey code could not be loaded', { cause });
    }
  };
  const loadTransport = () => loaded(() => context.transport());

  const supportedBrowser = async (): Promise<WebAuthnBrowser> => {
    if (!context.webAuthn.isAvailable()) {
      throw new AuthError('passkey_unsupported', 'This browser has no WebAuthn');
    }
    const browser = await loaded(() => context.webAuthn.load());
    if (!browser.browserSupportsWebAuthn()) {
      throw new AuthError('passkey_unsupported', 'This browser has no WebAuthn');
    }
    return browser;
  };

  return {
    isAvailable: () => context.webAuthn.isAvailable(),
    support: async () => {
      if (!context.webAuthn.isAvailable()) return 'unsupported';
      try {
        const browser = await context.webAuthn.load();
        if (!browser.browserSupportsWebAuthn()) return 'unsupported';
        return (await browser.browserSupportsWebAuthnAutofill()) ? 'autofill' : 'supported';
      } catch {
        return 'supported';
      }
    },
    signIn: async (input = {}, callOptions = {}) => {
      const browser = await supportedBrowser();
      const transport = await loadTransport();
      const role = input.role ?? context.role;
      const optionsJSON = await transport.loginOptions(
        { role, ...(input.email === undefined ? {} : { email: input.email }) },
        callOptions,
      );
      const response = await ceremony(browser, callOptions.signal, () =>
        browser.startAuthentication({ optionsJSON, useBrowserAutofill: input.conditional === true }),
      );
      return context.establish(await transport.verifyLogin({ role, response }, callOptions), callOptions);
    },
    register: (input = {}, callOptions = {}) =>
      context.withSession(async (session): Promise<Passkey> => {
        const browser = await supportedBrowser();
        const transport = await loadTransport();
        const optionsJSON = await transport.registrationOptions(session, callOptions);
        const response = await ceremony(browser, callOptions.signal, () =>
          browser.startRegistration({ optionsJSON }),
        );
        const name = input.name?.trim();
        return transport.verifyRegistration(
          session,
          { response, ...(name === undefined || name === '' ? {} : { name }) },
          callOptions,
        );
      }),
    list: (callOptions = {}) =>
      context.withSession(async (session) => (await loadTransport()).list(session, callOptions)),
    rename: (input, callOptions = {}) =>
      context.withSession(async (session) => (await loadTransport()).rename(session, input, callOptions)),
    remove: (input, callOptions = {}) =>
      context.withSession(async (session) => (await loadTransport()).remove(session, input, callOptions)),
  };
}
