import type { TotpEnrollment } from './auth-client.js';
import type { AuthError } from './auth-error.js';

/** The steps a failure can return to. */
export type MfaSetupRestingState = { status: 'idle' } | ({ status: 'enrolled' } & TotpEnrollment);

/** Setting up TOTP two-factor authentication for the signed-in user. */
export type MfaSetupState =
  | MfaSetupRestingState
  | { status: 'enrolling' }
  | ({ status: 'verifying' } & TotpEnrollment)
  /** 2FA is on; the recovery codes are shown once and must be saved. */
  | { status: 'showingCodes'; recoveryCodes: string[] }
  | { status: 'done' }
  | { status: 'error'; error: AuthError; previous: MfaSetupRestingState };

export type MfaSetupEvent =
  | { type: 'start' }
  | { type: 'enrolled'; enrollment: TotpEnrollment }
  /** The first authenticator code was submitted. */
  | { type: 'verify' }
  | { type: 'verified'; recoveryCodes: string[] }
  /** The person confirmed they saved the recovery codes. */
  | { type: 'acknowledgeCodes' }
  | { type: 'failed'; error: AuthError }
  | { type: 'retry' }
  | { type: 'reset' };

export const initialMfaSetupState: MfaSetupRestingState = { status: 'idle' };

function enrollment(state: TotpEnrollment): TotpEnrollment {
  return { secret: state.secret, qrCode: state.qrCode, otpauthUrl: state.otpauthUrl };
}

/** The MFA set-up flow's pure transition; events out of place leave the state unchanged. */
export function mfaSetupTransition(state: MfaSetupState, event: MfaSetupEvent): MfaSetupState {
  if (event.type === 'reset') return initialMfaSetupState;
  switch (state.status) {
    case 'idle':
      return event.type === 'start' ? { status: 'enrolling' } : state;
    case 'enrolling':
      if (event.type === 'enrolled') return { status: 'enrolled', ...enrollment(event.enrollment) };
      if (event.type === 'failed')
        return { status: 'error', error: event.error, previous: initialMfaSetupState };
      return state;
    case 'enrolled':
      return event.type === 'verify' ? { status: 'verifying', ...enrollment(state) } : state;
    case 'verifying':
      if (event.type === 'verified') return { status: 'showingCodes', recoveryCodes: event.recoveryCodes };
      if (event.type === 'failed') {
        // A lost session cannot finish this enrollment; anything else lets the person try another code.
        const previous: MfaSetupRestingState =
          event.error.code === 'session_expired'
            ? initialMfaSetupState
            : { status: 'enrolled', ...enrollment(state) };
        return { status: 'error', error: event.error, previous };
      }
      return state;
    case 'showingCodes':
      return event.type === 'acknowledgeCodes' ? { status: 'done' } : state;
    case 'done':
      return state;
    case 'error':
      if (event.type === 'retry') return state.previous;
      if (event.type === 'start' || event.type === 'verify') {
        const next = mfaSetupTransition(state.previous, event);
        return next === state.previous ? state : next;
      }
      return state;
    default:
      return state satisfies never;
  }
}
