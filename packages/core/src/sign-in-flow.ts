import type { AuthError } from './auth-error.js';
import type { MfaChallenge, MfaMethod } from './mfa-challenge.js';
import type { Session } from './session.js';

/** Waiting for the second factor of a pending sign-in. */
export interface SignInMfaStep {
  challenge: MfaChallenge;
  methods: MfaMethod[];
  activeMethod: MfaMethod;
  /** When the last email code was sent (epoch milliseconds), to pace "send again". */
  emailCodeSentAt?: number;
}

/** The steps a failure can return to. */
export type SignInRestingState = { status: 'idle' } | ({ status: 'mfaRequired' } & SignInMfaStep);

/**
 * The sign-in flow. Field values stay in the form; only what was submitted and what
 * AuthFlow answered enter the flow, and never a password or a code.
 */
export type SignInState =
  | SignInRestingState
  | { status: 'submitting' }
  | ({ status: 'verifying' } & SignInMfaStep)
  | { status: 'signedIn'; session: Session }
  | { status: 'error'; error: AuthError; previous: SignInRestingState };

export type SignInEvent =
  /** The password form was submitted. */
  | { type: 'submit' }
  /** AuthFlow answered with a session. */
  | { type: 'signedIn'; session: Session }
  /** AuthFlow asked for a second factor. */
  | { type: 'mfaRequired'; challenge: MfaChallenge }
  | { type: 'chooseMethod'; method: MfaMethod }
  | { type: 'emailCodeSent'; sentAt: number }
  /** A second-factor code was submitted. */
  | { type: 'verify' }
  | { type: 'failed'; error: AuthError }
  /** Back to the step the error interrupted. */
  | { type: 'retry' }
  /** Start over (also after an expired challenge). */
  | { type: 'reset' };

export const initialSignInState: SignInRestingState = { status: 'idle' };

function mfaStep(state: SignInMfaStep): SignInMfaStep {
  const step: SignInMfaStep = {
    challenge: state.challenge,
    methods: state.methods,
    activeMethod: state.activeMethod,
  };
  return state.emailCodeSentAt === undefined ? step : { ...step, emailCodeSentAt: state.emailCodeSentAt };
}

/** An expired challenge cannot be retried: the password must be entered again. */
function afterFailure(error: AuthError, previous: SignInRestingState): SignInState {
  return { status: 'error', error, previous: error.code === 'expired' ? { status: 'idle' } : previous };
}

/**
 * The sign-in flow's pure transition. Events that make no sense in the current state (a
 * second submit while submitting, a verify without a challenge) leave the state unchanged,
 * which is what stops double submissions.
 */
export function signInTransition(state: SignInState, event: SignInEvent): SignInState {
  if (event.type === 'reset') return initialSignInState;
  switch (state.status) {
    case 'idle':
      return event.type === 'submit' ? { status: 'submitting' } : state;
    case 'submitting':
      if (event.type === 'signedIn') return { status: 'signedIn', session: event.session };
      if (event.type === 'mfaRequired') {
        const methods = [...event.challenge.methods];
        const activeMethod = methods[0];
        if (activeMethod === undefined) return state;
        return { status: 'mfaRequired', challenge: event.challenge, methods, activeMethod };
      }
      if (event.type === 'failed') return afterFailure(event.error, { status: 'idle' });
      return state;
    case 'mfaRequired':
      if (event.type === 'chooseMethod') {
        return state.methods.includes(event.method) ? { ...state, activeMethod: event.method } : state;
      }
      if (event.type === 'emailCodeSent')
        return { ...state, activeMethod: 'email', emailCodeSentAt: event.sentAt };
      if (event.type === 'verify') return { status: 'verifying', ...mfaStep(state) };
      if (event.type === 'failed') return afterFailure(event.error, state);
      return state;
    case 'verifying':
      if (event.type === 'signedIn') return { status: 'signedIn', session: event.session };
      if (event.type === 'failed')
        return afterFailure(event.error, { status: 'mfaRequired', ...mfaStep(state) });
      return state;
    case 'signedIn':
      return state;
    case 'error':
      if (event.type === 'retry') return state.previous;
      // The error is shown over the step it interrupted, whose actions stay available.
      if (
        event.type === 'submit' ||
        event.type === 'verify' ||
        event.type === 'chooseMethod' ||
        event.type === 'emailCodeSent'
      ) {
        const next = signInTransition(state.previous, event);
        return next === state.previous ? state : next;
      }
      return state;
    default:
      return state satisfies never;
  }
}
