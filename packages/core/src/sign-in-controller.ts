import type { AuthClient, SignInInput } from './auth-client.js';
import { type AuthError, isAuthError } from './auth-error.js';
import { createExternalStore, type ExternalStore } from './external-store.js';
import type { MfaChallenge, MfaMethod } from './mfa-challenge.js';
import type { RecoveryCodesLeft } from './recovery-codes-left.js';
import type { AuthUser, Session } from './session.js';
import {
  initialSignInState,
  type SignInEvent,
  type SignInMfaStep,
  type SignInState,
  signInTransition,
} from './sign-in-flow.js';
import { type SignInStep, signInMfaStepOf, signInStepOf } from './sign-in-step.js';

/** Which request of a sign-in runs, if any. */
export type SignInPending = 'password' | 'code' | 'emailCode' | null;

/** What a sign-in screen shows, derived once per change. */
export interface SignInSnapshot {
  /** The core flow state, as `signInTransition` produced it. */
  state: SignInState;
  /** The step on screen; a failure shows over the step it interrupted. */
  step: SignInStep;
  /** The pending second factor while `step` is `mfa`. */
  mfa: SignInMfaStep | null;
  /** The last failure, until the next action. */
  error: AuthError | null;
  pending: SignInPending;
  /** Codes left after a recovery-code sign-in; `null` after any other sign-in. */
  remainingRecoveryCodes: number | null;
}

export interface SignedInDetails {
  user: AuthUser;
  /** Codes left after a recovery-code sign-in; `null` after any other sign-in. */
  remainingRecoveryCodes: number | null;
  /** Whether the screen that asked is still there (`destroy()` not called). */
  stillShown: boolean;
}

export interface SignInActions {
  /** Checks email and password; ends signed in or at the second factor. */
  submitPassword(input: SignInInput): Promise<void>;
  /** Checks a code of the active method (authenticator, email or recovery code). */
  verifyCode(code: string): Promise<void>;
  /** Emails a one-time code and makes email the active method. */
  sendEmailCode(): Promise<void>;
  /** Switches the second factor without a request. */
  toMethod(method: MfaMethod): void;
  /** Back to the password step, forgetting the pending challenge. */
  toPassword(): void;
}

export interface SignInController extends ExternalStore<SignInSnapshot>, SignInActions {
  /** Aborts what still runs; late answers no longer change the snapshot. */
  destroy(): void;
}

export interface SignInControllerOptions {
  /** Start at the second factor of a sign-in that already passed its password step. */
  challenge?: MfaChallenge;
  /** Called once the sign-in succeeds, even after `destroy()` (the screen may have left). */
  onSignedIn?: (details: SignedInDetails) => void;
  /** Told what a recovery-code sign-in left, so every screen can warn when it is low. */
  recoveryCodesLeft?: RecoveryCodesLeft;
}

function initialState(challenge: MfaChallenge | undefined): SignInState {
  if (!challenge) return initialSignInState;
  const methods = [...challenge.methods];
  return { status: 'mfaRequired', challenge, methods, activeMethod: methods[0] ?? 'totp' };
}

function snapshotOf(state: SignInState, pending: SignInPending, remaining: number | null): SignInSnapshot {
  return {
    state,
    step: signInStepOf(state),
    mfa: signInMfaStepOf(state),
    error: state.status === 'error' ? state.error : null,
    pending,
    remainingRecoveryCodes: state.status === 'signedIn' ? remaining : null,
  };
}

async function checkCode(
  client: AuthClient,
  step: SignInMfaStep,
  code: string,
  signal: AbortSignal,
): Promise<{ session: Session; remaining: number | null }> {
  switch (step.activeMethod) {
    case 'totp':
      return { session: await client.mfa.verifyTotp(step.challenge, code, { signal }), remaining: null };
    case 'email':
      return { session: await client.mfa.verifyEmailCode(step.challenge, code, { signal }), remaining: null };
    case 'recovery': {
      const result = await client.mfa.verifyRecoveryCode(step.challenge, code, { signal });
      return { session: result.session, remaining: result.remainingCodes };
    }
    default:
      return step.activeMethod satisfies never;
  }
}

/**
 * The whole sign-in of one screen, framework-free: `signInTransition` plus the client calls
 * that drive it. One in-flight guard: while a request runs, every other request is ignored,
 * so a double click, a second Enter or "send code" during a check cannot race the answers.
 */
export function createSignInController(
  client: AuthClient,
  options: SignInControllerOptions = {},
): SignInController {
  let state = initialState(options.challenge);
  let pending: SignInPending = null;
  let remaining: number | null = null;
  let active = true;
  const abort = new AbortController();
  const store = createExternalStore(snapshotOf(state, pending, remaining));
  const publish = () => store.set(snapshotOf(state, pending, remaining));
  const dispatch = (event: SignInEvent): boolean => {
    const next = signInTransition(state, event);
    if (Object.is(next, state)) return false;
    state = next;
    return true;
  };

  /** Runs one request under the guard; its answer is applied only while the screen is there. */
  const run = async <Result>(
    kind: Exclude<SignInPending, null>,
    start: SignInEvent | null,
    request: (signal: AbortSignal) => Promise<Result>,
    onAnswer: (result: Result) => void,
  ): Promise<void> => {
    if (!active || pending !== null) return;
    if (start && !dispatch(start)) return;
    pending = kind;
    publish();
    try {
      const result = await request(abort.signal);
      pending = null;
      onAnswer(result);
    } catch (error) {
      pending = null;
      if (active && isAuthError(error)) dispatch({ type: 'failed', error });
    }
    if (active) publish();
  };

  const signedIn = (session: Session, remainingCodes: number | null) => {
    options.onSignedIn?.({ user: session.user, remainingRecoveryCodes: remainingCodes, stillShown: active });
    if (active) dispatch({ type: 'signedIn', session });
  };

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    submitPassword: (input) =>
      run(
        'password',
        { type: 'submit' },
        (signal) => client.signIn(input, { signal }),
        (result) => {
          if (result.type === 'session') signedIn(result.session, null);
          else if (active) dispatch({ type: 'mfaRequired', challenge: result.challenge });
        },
      ),
    verifyCode: (code) => {
      const step = signInMfaStepOf(state);
      if (!step) return Promise.resolve();
      return run(
        'code',
        { type: 'verify' },
        (signal) => checkCode(client, step, code, signal),
        (result) => {
          remaining = result.remaining;
          if (result.remaining === null) options.recoveryCodesLeft?.forget();
          else options.recoveryCodesLeft?.record(result.remaining);
          signedIn(result.session, result.remaining);
        },
      );
    },
    sendEmailCode: () => {
      const step = signInMfaStepOf(state);
      if (!step || state.status === 'verifying') return Promise.resolve();
      return run(
        'emailCode',
        null,
        (signal) => client.mfa.sendEmailCode(step.challenge, { signal }),
        ({ sentAt }) => {
          if (active) dispatch({ type: 'emailCodeSent', sentAt });
        },
      );
    },
    toMethod: (method) => {
      if (dispatch({ type: 'chooseMethod', method })) publish();
    },
    toPassword: () => {
      if (dispatch({ type: 'reset' })) publish();
    },
    destroy: () => {
      active = false;
      abort.abort();
    },
  };
}
