import { proxyNeutralMessages, type RecoveryCodeSignInAnswer } from '@authflow-ui/contract';
import { jsonAnswer } from '../proxy-answers.js';
import {
  establishSession,
  failureAnswer,
  normalizeCode,
  pendingLoginFailure,
  requirePendingLogin,
} from './endpoint-helpers.js';
import type { EndpointHandler } from './endpoint-input.js';

// The second factor of a pending sign-in. Every exchange reads the pending sign-in this
// browser's cookie names and refuses without one, before any call to AuthFlow.

export const handleVerifyTotp: EndpointHandler<'verifyTotp'> = async (input) => {
  const pending = requirePendingLogin(input);
  if (pending.outcome === 'refused') return pending.answer;
  const { context } = input;
  const { record } = pending.session;
  const result = await context.upstream.call('verifyTwoFactor', {
    tempToken: record.tempToken,
    email: record.email,
    org_id: record.orgId,
    role: record.role,
    totpCode: normalizeCode(input.body.code),
  });
  if (result.outcome === 'failed') return pendingLoginFailure(context, pending.session, result.failure);
  const session = await establishSession(
    context,
    result.body.token,
    pending.session,
    'enabled',
    input.client,
  );
  if (session.outcome === 'failed') return failureAnswer(session.failure);
  await context.limiter.rememberSignIn(session.answer.user.email, input.clientAddress);
  return jsonAnswer(session.answer, { cookies: [session.cookie] });
};

export const handleSendEmailCode: EndpointHandler<'sendEmailCode'> = async (input) => {
  const pending = requirePendingLogin(input);
  if (pending.outcome === 'refused') return pending.answer;
  const { context } = input;
  const { record } = pending.session;
  const result = await context.upstream.call('sendBackupEmail', {
    tempToken: record.tempToken,
    email: record.email,
    org_id: record.orgId,
    role: record.role,
  });
  if (result.outcome === 'failed') return pendingLoginFailure(context, pending.session, result.failure);
  return jsonAnswer({ success: true, message: proxyNeutralMessages.sendEmailCode });
};

/** `verify-email-otp` takes no `tempToken`: the pending sign-in is what binds the code to this browser. */
export const handleVerifyEmailCode: EndpointHandler<'verifyEmailCode'> = async (input) => {
  const pending = requirePendingLogin(input);
  if (pending.outcome === 'refused') return pending.answer;
  const { context } = input;
  const { record } = pending.session;
  const result = await context.upstream.call('verifyEmailOtp', {
    email: record.email,
    org_id: record.orgId,
    role: record.role,
    emailOTP: normalizeCode(input.body.code),
  });
  if (result.outcome === 'failed') return pendingLoginFailure(context, pending.session, result.failure);
  const session = await establishSession(
    context,
    result.body.token,
    pending.session,
    'enabled',
    input.client,
  );
  if (session.outcome === 'failed') return failureAnswer(session.failure);
  await context.limiter.rememberSignIn(session.answer.user.email, input.clientAddress);
  return jsonAnswer(session.answer, { cookies: [session.cookie] });
};

/** `verify-recovery` takes no `tempToken` either; same binding as the emailed code. */
export const handleVerifyRecoveryCode: EndpointHandler<'verifyRecoveryCode'> = async (input) => {
  const pending = requirePendingLogin(input);
  if (pending.outcome === 'refused') return pending.answer;
  const { context } = input;
  const { record } = pending.session;
  const result = await context.upstream.call('verifyRecoveryCode', {
    email: record.email,
    org_id: record.orgId,
    role: record.role,
    recoveryCode: normalizeCode(input.body.code),
  });
  if (result.outcome === 'failed') return pendingLoginFailure(context, pending.session, result.failure);
  const session = await establishSession(
    context,
    result.body.token,
    pending.session,
    'enabled',
    input.client,
  );
  if (session.outcome === 'failed') return failureAnswer(session.failure);
  await context.limiter.rememberSignIn(session.answer.user.email, input.clientAddress);
  const answer: RecoveryCodeSignInAnswer = {
    session: session.answer,
    remainingCodes: result.body.remainingCodes,
  };
  return jsonAnswer(answer, { cookies: [session.cookie] });
};
