import type { Passkey } from '@authflow-ui/contract';
import type { AuthError } from './auth-error.js';

/** How an "Add a passkey" prompt ended: nothing to offer, "Not now", or a passkey added. */
export type PasskeyPromptOutcome = 'notOffered' | 'dismissed' | 'added';

/**
 * The optional "Add a passkey" prompt after a password sign-in. `checking` while the backend,
 * the browser and the account's passkeys are asked; `offered` shows the prompt (with the last
 * failure, if any); `added` confirms the new passkey until the person moves on.
 */
export type PasskeyPromptState =
  | { status: 'checking' }
  | { status: 'offered'; error: AuthError | null }
  | { status: 'adding' }
  | { status: 'added'; passkey: Passkey }
  | { status: 'finished'; outcome: PasskeyPromptOutcome };

export type PasskeyPromptEvent =
  /** `offer`: the backend serves passkeys, the browser can use them, and the account has none. */
  | { type: 'checked'; offer: boolean }
  | { type: 'add' }
  | { type: 'added'; passkey: Passkey }
  /** The person closed the browser's prompt: back to the offer, with nothing to explain. */
  | { type: 'cancelled' }
  | { type: 'failed'; error: AuthError }
  /** "Not now". */
  | { type: 'dismiss' }
  /** Moving on after the confirmation. */
  | { type: 'finish' };

export const initialPasskeyPromptState: PasskeyPromptState = { status: 'checking' };

/** The prompt's pure transition; events out of place leave the state unchanged. */
export function passkeyPromptTransition(
  state: PasskeyPromptState,
  event: PasskeyPromptEvent,
): PasskeyPromptState {
  switch (state.status) {
    case 'checking':
      if (event.type !== 'checked') return state;
      return event.offer ? { status: 'offered', error: null } : { status: 'finished', outcome: 'notOffered' };
    case 'offered':
      if (event.type === 'add') return { status: 'adding' };
      if (event.type === 'dismiss') return { status: 'finished', outcome: 'dismissed' };
      return state;
    case 'adding':
      if (event.type === 'added') return { status: 'added', passkey: event.passkey };
      if (event.type === 'cancelled') return { status: 'offered', error: null };
      if (event.type === 'failed') return { status: 'offered', error: event.error };
      return state;
    case 'added':
      return event.type === 'finish' ? { status: 'finished', outcome: 'added' } : state;
    case 'finished':
      return state;
    default:
      return state satisfies never;
  }
}
