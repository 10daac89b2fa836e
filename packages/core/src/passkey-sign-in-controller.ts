import type { AuthClient, PasskeySupport } from './auth-client.js';
import { type AuthError, isAuthError } from './auth-error.js';
import { createExternalStore, type ExternalStore } from './external-store.js';
import { isPasskeyCancellation } from './is-passkey-cancellation.js';
import type { SignedInDetails } from './sign-in-controller.js';

/**
 * Whether a sign-in screen offers passkeys. `checking` until the backend and the browser both
 * answered; `offered` only when the backend serves the group and the browser has WebAuthn.
 */
export type PasskeyOffer =
  | { status: 'checking' }
  | { status: 'hidden' }
  | { status: 'offered'; autofill: boolean };

export interface PasskeySignInSnapshot {
  offer: PasskeyOffer;
  /** A prompt is open (the button's sign-in; a waiting autofill request does not count). */
  pending: boolean;
  /** The last failure; a dismissed prompt is none. */
  error: AuthError | null;
  /** A passkey signed this screen's person in. */
  signedIn: boolean;
}

export interface PasskeySignInController extends ExternalStore<PasskeySignInSnapshot> {
  /**
   * "Sign in with a passkey": opens the browser's prompt for any passkey of the site
   * (usernameless), or, given the email the person typed, for that account's passkeys only.
   */
  signIn(input?: { email?: string }): Promise<void>;
  /** Aborts the waiting autofill request and anything else under way. */
  destroy(): void;
}

export interface PasskeySignInControllerOptions {
  onSignedIn?: (details: SignedInDetails) => void;
  /**
   * Offer passkeys in the email field's autofill where the browser can (conditional UI); the
   * field needs `autocomplete="username webauthn"`. Default `true`.
   */
  autofill?: boolean;
}

/**
 * The passkey half of a sign-in screen: asks `capabilities()` and the browser once, then waits
 * in the autofill and offers a button. Against a backend without the group it asks nothing else
 * and stays `hidden`. A person dismissing the prompt leaves no error behind.
 */
export function createPasskeySignInController(
  client: AuthClient,
  options: PasskeySignInControllerOptions = {},
): PasskeySignInController {
  let active = true;
  let autofill: AbortController | null = null;
  const abort = new AbortController();
  const store = createExternalStore<PasskeySignInSnapshot>({
    offer: { status: 'checking' },
    pending: false,
    error: null,
    signedIn: false,
  });
  const update = (change: Partial<PasskeySignInSnapshot>) => {
    if (active) store.set({ ...store.getSnapshot(), ...change });
  };

  const signedIn = (user: SignedInDetails['user']) => {
    options.onSignedIn?.({ user, remainingRecoveryCodes: null, stillShown: active });
    update({ signedIn: true, error: null });
  };

  const failed = (error: unknown) => {
    if (isPasskeyCancellation(error)) return;
    if (isAuthError(error)) update({ error });
  };

  const waitInAutofill = async () => {
    const waiting = new AbortController();
    autofill = waiting;
    abort.signal.addEventListener('abort', () => waiting.abort(), { once: true });
    try {
      const session = await client.passkeys.signIn({ conditional: true }, { signal: waiting.signal });
      signedIn(session.user);
    } catch (error) {
      // A button press replaces the waiting request; only a real failure is worth showing.
      if (autofill === waiting) failed(error);
    }
  };

  const check = async () => {
    let support: PasskeySupport = 'unsupported';
    try {
      // A browser without WebAuthn asks the backend nothing, and loads nothing.
      const { passkeys } = client.passkeys.isAvailable()
        ? await client.capabilities({ signal: abort.signal })
        : { passkeys: false };
      if (passkeys) support = await client.passkeys.support();
    } catch {
      support = 'unsupported';
    }
    if (!active) return;
    if (support === 'unsupported') {
      update({ offer: { status: 'hidden' } });
      return;
    }
    const withAutofill = support === 'autofill' && options.autofill !== false;
    update({ offer: { status: 'offered', autofill: withAutofill } });
    if (withAutofill) void waitInAutofill();
  };
  void check();

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    signIn: async (input = {}) => {
      const { offer, pending } = store.getSnapshot();
      if (!active || pending || offer.status !== 'offered') return;
      autofill = null;
      update({ pending: true, error: null });
      try {
        const session = await client.passkeys.signIn(
          input.email === undefined ? {} : { email: input.email },
          { signal: abort.signal },
        );
        update({ pending: false });
        signedIn(session.user);
        return;
      } catch (error) {
        update({ pending: false });
        failed(error);
      }
      // The browser ended the autofill request to open the prompt: wait there again.
      if (active && offer.autofill) void waitInAutofill();
    },
    destroy: () => {
      active = false;
      abort.abort();
    },
  };
}
