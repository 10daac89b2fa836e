import type { PasskeyActions } from './auth-client.js';
import { AuthError } from './auth-error.js';
import type { PasskeyActionsContext } from './passkey-actions.js';

/**
 * `client.passkeys`, whose code (ceremonies, browser errors, the calls) arrives as a chunk of its
 * own with the first passkey action: a page that never runs one does not carry it. A chunk that
 * failed to arrive is asked for again by the next action.
 */
export function createLazyPasskeyActions(context: PasskeyActionsContext): PasskeyActions {
  let actions: Promise<PasskeyActions> | null = null;
  const load = async (): Promise<PasskeyActions> => {
    if (actions === null) {
      const loading = import('./passkey-actions.js').then(({ createPasskeyActions }) =>
        createPasskeyActions(context),
      );
      actions = loading;
      loading.catch(() => {
        if (actions === loading) actions = null;
      });
    }
    try {
      return await actions;
    } catch (cause) {
      throw new AuthError('network', 'The passkey code could not be loaded', { cause });
    }
  };
  return {
    isAvailable: () => context.webAuthn.isAvailable(),
    support: async () => {
      if (!context.webAuthn.isAvailable()) return 'unsupported';
      try {
        return await (await load()).support();
      } catch {
        return 'supported';
      }
    },
    signIn: async (input, options) => (await load()).signIn(input, options),
    register: async (input, options) => (await load()).register(input, options),
    list: async (options) => (await load()).list(options),
    rename: async (input, options) => (await load()).rename(input, options),
    remove: async (input, options) => (await load()).remove(input, options),
  };
}
