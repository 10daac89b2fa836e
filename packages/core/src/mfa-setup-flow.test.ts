import { describe, expect, it } from 'vitest';
import type { TotpEnrollment } from './auth-client.js';
import { AuthError } from './auth-error.js';
import {
  initialMfaSetupState,
  type MfaSetupEvent,
  type MfaSetupState,
  mfaSetupTransition,
} from './mfa-setup-flow.js';

const enrollment: TotpEnrollment = {
  secret: 'JBSWY3DPEHPK3PXP',
  qrCode: 'data:image/png;base64,AAAA',
  otpauthUrl: 'otpauth://totp/AuthFlow:a?secret=JBSWY3DPEHPK3PXP',
};
const wrongCode = new AuthError('invalid_code', 'Invalid TOTP code', { status: 401 });
const lostSession = new AuthError('session_expired', 'Invalid or expired session', { status: 401 });
const offline = new AuthError('network', 'offline');

const run = (events: MfaSetupEvent[], from: MfaSetupState = initialMfaSetupState) =>
  events.reduce(mfaSetupTransition, from);
const enrolled = run([{ type: 'start' }, { type: 'enrolled', enrollment }]);

describe('the MFA set-up flow', () => {
  it('goes idle -> enrolling -> enrolled -> verifying -> showingCodes -> done', () => {
    expect(run([{ type: 'start' }])).toEqual({ status: 'enrolling' });
    expect(enrolled).toEqual({ status: 'enrolled', ...enrollment });
    const verifying = mfaSetupTransition(enrolled, { type: 'verify' });
    expect(verifying).toEqual({ status: 'verifying', ...enrollment });
    const showing = mfaSetupTransition(verifying, { type: 'verified', recoveryCodes: ['AB12CD34'] });
    expect(showing).toEqual({ status: 'showingCodes', recoveryCodes: ['AB12CD34'] });
    expect(mfaSetupTransition(showing, { type: 'acknowledgeCodes' })).toEqual({ status: 'done' });
  });

  it('given a wrong first code, keeps the enrollment so the person can try another code', () => {
    const failed = run([{ type: 'verify' }, { type: 'failed', error: wrongCode }], enrolled);
    expect(failed).toEqual({ status: 'error', error: wrongCode, previous: enrolled });
    expect(mfaSetupTransition(failed, { type: 'retry' })).toEqual(enrolled);
    expect(mfaSetupTransition(failed, { type: 'verify' })).toEqual({ status: 'verifying', ...enrollment });
  });

  it('given the session was lost while verifying, the error leads back to the start', () => {
    const failed = run([{ type: 'verify' }, { type: 'failed', error: lostSession }], enrolled);
    expect(failed).toMatchObject({ status: 'error', previous: { status: 'idle' } });
  });

  it('given enrolling fails, retry returns to idle and start tries again', () => {
    const failed = run([{ type: 'start' }, { type: 'failed', error: offline }]);
    expect(failed).toEqual({ status: 'error', error: offline, previous: { status: 'idle' } });
    expect(mfaSetupTransition(failed, { type: 'start' })).toEqual({ status: 'enrolling' });
  });

  it('given enrolling failed, ignores verify, as there is nothing to verify yet', () => {
    const failed = run([{ type: 'start' }, { type: 'failed', error: offline }]);
    expect(mfaSetupTransition(failed, { type: 'verify' })).toBe(failed);
  });

  it('does not leave the recovery codes until they are acknowledged', () => {
    const showing = run([{ type: 'verify' }, { type: 'verified', recoveryCodes: ['A'] }], enrolled);
    expect(mfaSetupTransition(showing, { type: 'start' })).toBe(showing);
    expect(mfaSetupTransition(showing, { type: 'verify' })).toBe(showing);
  });

  it('ignores a double submit of the first code', () => {
    const verifying = mfaSetupTransition(enrolled, { type: 'verify' });
    expect(mfaSetupTransition(verifying, { type: 'verify' })).toBe(verifying);
  });

  it('resets (abandoned set-up) from anywhere', () => {
    expect(mfaSetupTransition(enrolled, { type: 'reset' })).toEqual({ status: 'idle' });
  });
});
