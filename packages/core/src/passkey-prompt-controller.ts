import type { AuthClient } from './auth-client.js';
import { isAuthError } from './auth-error.js';
import { createExternalStore, type ExternalStore } from './external-store.js';
import { isPasskeyCancellation } from './is-passkey-cancellation.js';
import {
  initialPasskeyPromptState,
  type PasskeyPromptEvent,
  type PasskeyPromptOutcome,
  type PasskeyPromptState,
  passkeyPromptTransition,
} from './passkey-prompt-flow.js';

export interface PasskeyPromptControllerOptions {
  /** Called once, when the prompt is over: nothing to offer, dismissed, or a passkey added. */
  onFinished?: (outcome: PasskeyPromptOutcome) => void;
}

export interface PasskeyPromptController extends ExternalStore<PasskeyPromptState> {
  /** "Add a passkey": registers one for the signed-in person (the browser asks them first). */
  add(input?: { name?: string }): Promise<void>;
  /** "Not now". */
  dismiss(): void;
  /** Moves on after the confirmation of an added passkey. */
  finish(): void;
  /** Aborts what still runs; late answers no longer change the state. */
  destroy(): void;
}

/**
 * Whether to offer a passkey to someone who just signed in with a password: only where the
 * backend serves passkeys (`capabilities()`), the browser has WebAuthn, and the account has none
 * yet. Anything that cannot be known (a failed request) means no prompt: it is an offer, never
 * a step a person must pass.
 */
async function shouldOffer(client: AuthClient, signal: AbortSignal): Promise<boolean> {
  if (!client.passkeys.isAvailable()) return false;
  try {
    const { passkeys } = await client.capabilities({ signal });
    if (!passkeys || (await client.passkeys.support()) === 'unsupported') return false;
    return (await client.passkeys.list({ signal })).length === 0;
  } catch {
    return false;
  }
}

/**
 * The optional "Add a passkey" prompt after a password sign-in, framework-free:
 * `passkeyPromptTransition` plus the client calls that drive it. It starts checking at once.
 */
export function createPasskeyPromptController(
  client: AuthClient,
  options: PasskeyPromptControllerOptions = {},
): PasskeyPromptController {
  let active = true;
  const abort = new AbortController();
  const store = createExternalStore<PasskeyPromptState>(initialPasskeyPromptState);
  const send = (event: PasskeyPromptEvent) => {
    if (!active) return;
    const before = store.getSnapshot();
    const next = passkeyPromptTransition(before, event);
    store.set(next);
    if (next !== before && next.status === 'finished') options.onFinished?.(next.outcome);
  };

  void shouldOffer(client, abort.signal).then((offer) => send({ type: 'checked', offer }));

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    add: async (input = {}) => {
      if (!active || store.getSnapshot().status !== 'offered') return;
      send({ type: 'add' });
      try {
        const passkey = await client.passkeys.register(input, { signal: abort.signal });
        send({ type: 'added', passkey });
      } catch (error) {
        // Every client method rejects with an AuthError; a closed browser prompt is none to show.
        if (isPasskeyCancellation(error)) send({ type: 'cancelled' });
        else if (isAuthError(error)) send({ type: 'failed', error });
      }
    },
    dismiss: () => send({ type: 'dismiss' }),
    finish: () => send({ type: 'finish' }),
    destroy: () => {
      active = false;
      abort.abort();
    },
  };
}
