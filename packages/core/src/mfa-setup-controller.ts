import type { AuthClient, TotpEnrollment } from './auth-client.js';
import { type AuthError, isAuthError } from './auth-error.js';
import { createExternalStore, type ExternalStore } from './external-store.js';
import {
  initialMfaSetupState,
  type MfaSetupEvent,
  type MfaSetupState,
  mfaSetupTransition,
} from './mfa-setup-flow.js';
import { type MfaSetupStep, mfaSetupStepOf } from './mfa-setup-step.js';
import type { RecoveryCodesLeft } from './recovery-codes-left.js';

/** What a TOTP set-up screen shows, derived once per change. */
export interface MfaSetupSnapshot {
  /** The core flow state, as `mfaSetupTransition` produced it. */
  state: MfaSetupState;
  /** The step on screen; a failure shows over the step it interrupted. */
  step: MfaSetupStep;
  /** The secret and QR code while scanning. */
  enrollment: TotpEnrollment | null;
  /** The new recovery codes, shown once. */
  recoveryCodes: string[] | null;
  error: AuthError | null;
  /** A set-up request runs. */
  pending: boolean;
}

export interface MfaSetupActions {
  /** Asks for a new secret and QR code. */
  start(): Promise<void>;
  /** Turns 2FA on with the first code from the authenticator app. */
  verifyCode(code: string): Promise<void>;
  /** The person saved the recovery codes; the set-up is done. */
  acknowledgeCodes(): void;
  /** Back to the start, abandoning an unfinished set-up. */
  toStart(): void;
}

export interface MfaSetupControllerOptions {
  /** Told how many recovery codes a finished set-up made, so every screen knows the count. */
  recoveryCodesLeft?: RecoveryCodesLeft;
}

export interface MfaSetupController extends ExternalStore<MfaSetupSnapshot>, MfaSetupActions {
  /** Aborts what still runs; late answers no longer change the snapshot. */
  destroy(): void;
}

function shownState(state: MfaSetupState) {
  return state.status === 'error' ? state.previous : state;
}

function snapshotOf(state: MfaSetupState, pending: boolean): MfaSetupSnapshot {
  const shown = shownState(state);
  return {
    state,
    step: mfaSetupStepOf(state),
    enrollment:
      shown.status === 'enrolled' || shown.status === 'verifying'
        ? { secret: shown.secret, qrCode: shown.qrCode, otpauthUrl: shown.otpauthUrl }
        : null,
    recoveryCodes: shown.status === 'showingCodes' ? shown.recoveryCodes : null,
    error: state.status === 'error' ? state.error : null,
    pending,
  };
}

/**
 * Setting up authenticator-app 2FA for the signed-in user, framework-free:
 * `mfaSetupTransition` plus the client calls that drive it, under one in-flight guard.
 */
export function createMfaSetupController(
  client: AuthClient,
  options: MfaSetupControllerOptions = {},
): MfaSetupController {
  let state: MfaSetupState = initialMfaSetupState;
  let pending = false;
  let active = true;
  const abort = new AbortController();
  const store = createExternalStore(snapshotOf(state, pending));
  const publish = () => store.set(snapshotOf(state, pending));
  const dispatch = (event: MfaSetupEvent): boolean => {
    const next = mfaSetupTransition(state, event);
    if (Object.is(next, state)) return false;
    state = next;
    return true;
  };

  const run = async <Result>(
    start: MfaSetupEvent,
    request: (signal: AbortSignal) => Promise<Result>,
    answered: (result: Result) => MfaSetupEvent,
  ): Promise<void> => {
    if (!active || pending || !dispatch(start)) return;
    pending = true;
    publish();
    try {
      const result = await request(abort.signal);
      if (active) dispatch(answered(result));
    } catch (error) {
      if (active && isAuthError(error)) dispatch({ type: 'failed', error });
    }
    pending = false;
    if (active) publish();
  };

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    start: () =>
      run(
        { type: 'start' },
        (signal) => client.mfa.enable({ signal }),
        (enrollment) => ({ type: 'enrolled', enrollment }),
      ),
    verifyCode: (code) => {
      const shown = shownState(state);
      if (shown.status !== 'enrolled') return Promise.resolve();
      return run(
        { type: 'verify' },
        async (signal) => {
          const result = await client.mfa.verifySetup({ secret: shown.secret, code }, { signal });
          // Recorded even if the screen left meanwhile: 2FA is on, with this many codes.
          options.recoveryCodesLeft?.record(result.recoveryCodes.length);
          return result;
        },
        ({ recoveryCodes }) => ({ type: 'verified', recoveryCodes }),
      );
    },
    acknowledgeCodes: () => {
      if (dispatch({ type: 'acknowledgeCodes' })) publish();
    },
    toStart: () => {
      if (dispatch({ type: 'reset' })) publish();
    },
    destroy: () => {
      active = false;
      abort.abort();
    },
  };
}
