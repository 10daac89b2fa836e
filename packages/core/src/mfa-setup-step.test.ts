import { describe, expect, it } from 'vitest';
import type { TotpEnrollment } from './auth-client.js';
import { AuthError } from './auth-error.js';
import { initialMfaSetupState, type MfaSetupEvent, mfaSetupTransition } from './mfa-setup-flow.js';
import { mfaSetupStepOf } from './mfa-setup-step.js';

const enrollment: TotpEnrollment = {
  secret: 'JBSWY3DPEHPK3PXP',
  qrCode: 'data:image/png;base64,AAAA',
  otpauthUrl: 'otpauth://totp/AuthFlow:a?secret=JBSWY3DPEHPK3PXP',
};
const wrongCode = new AuthError('invalid_code', 'Invalid TOTP code', { status: 401 });

const run = (events: MfaSetupEvent[]) => events.reduce(mfaSetupTransition, initialMfaSetupState);

describe('the step a TOTP set-up shows', () => {
  it('walks start -> scan -> recoveryCodes -> done', () => {
    const steps = [
      run([]),
      run([{ type: 'start' }]),
      run([{ type: 'start' }, { type: 'enrolled', enrollment }]),
      run([{ type: 'start' }, { type: 'enrolled', enrollment }, { type: 'verify' }]),
      run([
        { type: 'start' },
        { type: 'enrolled', enrollment },
        { type: 'verify' },
        { type: 'verified', recoveryCodes: ['AB12CD34'] },
      ]),
      run([
        { type: 'start' },
        { type: 'enrolled', enrollment },
        { type: 'verify' },
        { type: 'verified', recoveryCodes: ['AB12CD34'] },
        { type: 'acknowledgeCodes' },
      ]),
    ].map(mfaSetupStepOf);
    expect(steps).toEqual(['start', 'start', 'scan', 'scan', 'recoveryCodes', 'done']);
  });

  it('given a wrong code, keeps the QR code on screen with the error', () => {
    const refused = run([
      { type: 'start' },
      { type: 'enrolled', enrollment },
      { type: 'verify' },
      { type: 'failed', error: wrongCode },
    ]);
    expect(refused.status).toBe('error');
    expect(mfaSetupStepOf(refused)).toBe('scan');
  });
});
