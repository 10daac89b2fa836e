import type { RecoveryCodesAnswer, SessionsEndedAnswer, TwoFactorSetupAnswer } from '@authflow-ui/contract';
import { errorAnswer, jsonAnswer } from '../proxy-answers.js';
import { endOtherSessions } from './end-account-sessions.js';
import { normalizeCode, requireSignedIn, sessionIdentity, signedInFailure } from './endpoint-helpers.js';
import type { EndpointHandler } from './endpoint-input.js';

/** Starts set-up. The secret is kept with the session so `verify-setup` never takes one from the browser. */
export const handleEnableTwoFactor: EndpointHandler<'enableTwoFactor'> = async (input) => {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn.answer;
  const { context } = input;
  const { session } = signedIn;
  const result = await context.upstream.call('enableTwoFactor', sessionIdentity(session.record));
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  await context.vault.save({
    id: session.id,
    record: { ...session.record, totpSetupSecret: result.body.secret },
  });
  const answer: TwoFactorSetupAnswer = {
    secret: result.body.secret,
    qrCode: result.body.qrCode,
    otpauthUrl: result.body.otpauth_url,
  };
  return jsonAnswer(answer);
};

export const handleVerifyTwoFactorSetup: EndpointHandler<'verifyTwoFactorSetup'> = async (input) => {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn.answer;
  const { context } = input;
  const { session } = signedIn;
  const secret = session.record.totpSetupSecret;
  if (secret === null) return errorAnswer('expired');
  const result = await context.upstream.call('verifyTwoFactorSetup', {
    ...sessionIdentity(session.record),
    totpCode: normalizeCode(input.body.code),
    secret,
  });
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  await context.vault.save({
    id: session.id,
    record: { ...session.record, totpSetupSecret: null, twoFactor: 'enabled' },
  });
  const answer: RecoveryCodesAnswer = { recoveryCodes: result.body.recoveryCodes };
  return jsonAnswer(answer);
};

export const handleDisableTwoFactor: EndpointHandler<'disableTwoFactor'> = async (input) => {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn.answer;
  const { context } = input;
  const { session } = signedIn;
  const result = await context.upstream.call('disableTwoFactor', {
    ...sessionIdentity(session.record),
    password: input.body.password,
  });
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  await context.vault.save({ id: session.id, record: { ...session.record, twoFactor: 'disabled' } });
  // A session started elsewhere with the password alone would now need no second factor to stay.
  await endOtherSessions(context, session);
  const answer: SessionsEndedAnswer = { success: true, endedSessions: 'others' };
  return jsonAnswer(answer);
};

export const handleRegenerateRecoveryCodes: EndpointHandler<'regenerateRecoveryCodes'> = async (input) => {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn.answer;
  const { context } = input;
  const { session } = signedIn;
  const result = await context.upstream.call('regenerateRecoveryCodes', {
    ...sessionIdentity(session.record),
    password: input.body.password,
  });
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  const answer: RecoveryCodesAnswer = { recoveryCodes: result.body.recoveryCodes };
  return jsonAnswer(answer);
};
