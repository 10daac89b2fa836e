import {
  proxyNeutralMessages,
  type RecoveryCodeSignInAnswer,
  type SignedInAnswer,
} from '@authflow-ui/contract';
import { jsonAnswer, type ProxyAnswer } from '../proxy-answers.js';
import {
  establishSession,
  failureAnswer,
  pendingLoginFailure,
  requirePendingLogin,
} from './endpoint-helpers.js';
import type { EndpointHandler, EndpointInput } from './endpoint-input.js';
import {
  exchangeSecondFactor,
  type SecondFactorMethod,
  type SecondFactorVerified,
  sendSecondFactorEmail,
} from './exchange-second-factor.js';

// The second factor of a pending sign-in. Every exchange reads the pending sign-in this
// browser's cookie names and refuses without one, before any call to AuthFlow.

/** Trades the code for a session in this browser's cookie and answers what `answer` makes of it. */
async function signInWithCode<M extends SecondFactorMethod>(
  input: EndpointInput<'verifyTotp' | 'verifyEmailCode' | 'verifyRecoveryCode'>,
  method: M,
  answer: (
    session: SignedInAnswer,
    verified: SecondFactorVerified[M],
  ) => SignedInAnswer | RecoveryCodeSignInAnswer,
): Promise<ProxyAnswer> {
  const pending = requirePendingLogin(input);
  if (pending.outcome === 'refused') return pending.answer;
  const { context } = input;
  const exchange = await exchangeSecondFactor(
    context.upstream,
    pending.session.record,
    method,
    input.body.code,
  );
  if (exchange.outcome === 'failed') return pendingLoginFailure(context, pending.session, exchange.failure);
  const session = await establishSession(
    context,
    exchange.verified.token,
    pending.session,
    'enabled',
    input.client,
  );
  if (session.outcome === 'failed') return failureAnswer(session.failure);
  await context.limiter.rememberSignIn(session.answer.user.email, input.clientAddress);
  return jsonAnswer(answer(session.answer, exchange.verified), { cookies: [session.cookie] });
}

export const handleVerifyTotp: EndpointHandler<'verifyTotp'> = (input) =>
  signInWithCode(input, 'totp', (session) => session);

export const handleSendEmailCode: EndpointHandler<'sendEmailCode'> = async (input) => {
  const pending = requirePendingLogin(input);
  if (pending.outcome === 'refused') return pending.answer;
  const sent = await sendSecondFactorEmail(input.context.upstream, pending.session.record);
  if (sent.outcome === 'failed') return pendingLoginFailure(input.context, pending.session, sent.failure);
  return jsonAnswer({ success: true, message: proxyNeutralMessages.sendEmailCode });
};

/** `verify-email-otp` takes no `tempToken`: the pending sign-in is what binds the code to this browser. */
export const handleVerifyEmailCode: EndpointHandler<'verifyEmailCode'> = (input) =>
  signInWithCode(input, 'email', (session) => session);

/** `verify-recovery` takes no `tempToken` either; same binding as the emailed code. */
export const handleVerifyRecoveryCode: EndpointHandler<'verifyRecoveryCode'> = (input) =>
  signInWithCode(input, 'recovery', (session, verified) => ({
    session,
    remainingCodes: verified.remainingCodes,
  }));
