import { type AuthErrorCode, proxyNeutralMessages, type SessionsEndedAnswer } from '@authflow-ui/contract';
import { jsonAnswer, type ProxyAnswer } from '../proxy-answers.js';
import type { UpstreamFailure } from '../upstream-client.js';
import { endOtherSessions } from './end-account-sessions.js';
import { failureAnswer, normalizeEmail, requireSignedIn, signedInFailure } from './endpoint-helpers.js';
import type { EndpointHandler } from './endpoint-input.js';
import { withFreshFooBar } from './with-fresh-foo-bar.js';

/**
 * Faults of the service itself, which say nothing about the account and which people can act on
 * (wait, retry). Every other failure of a mail-sending call gets the neutral confirmation.
 */
const serviceFaults: readonly AuthErrorCode[] = [
  'server',
  'network',
  'timeout',
  'invalid_response',
  'configuration',
  'rate_limited',
];

function neutralUnlessServiceFault(failure: UpstreamFailure | null, message: string): ProxyAnswer {
  if (failure !== null && serviceFaults.includes(failure.code)) return failureAnswer(failure);
  return jsonAnswer({ success: true, message });
}

export const handleChangePassword: EndpointHandler<'changePassword'> = async (input) => {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn.answer;
  const { context, body } = input;
  const { session } = signedIn;
  const result = await context.upstream.call('changePassword', {
    sessionToken: session.record.token,
    email: session.record.user.email,
    oldPassword: body.oldPassword,
    newPassword: body.newPassword,
  });
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  // Whoever knew the old password may hold another session: those end, this one stays.
  await endOtherSessions(context, session);
  const answer: SessionsEndedAnswer = { success: true, endedSessions: 'others' };
  return jsonAnswer(answer);
};

/** Always the same confirmation, whether or not the account exists. */
export const handleForgotPassword: EndpointHandler<'forgotPassword'> = async ({ body, context }) => {
  const result = await context.upstream.call('forgotPassword', {
    email: normalizeEmail(body.email),
    api_key: context.options.apiKey,
    role: context.options.role,
  });
  return neutralUnlessServiceFault(
    result.outcome === 'failed' ? result.failure : null,
    proxyNeutralMessages.forgotPassword,
  );
};

/**
 * AuthFlow ends every session of the account on a reset. The link's token names no account the
 * proxy could look up, so other browsers' records go when AuthFlow refuses their token (their next
 * request, or the next `/sessions` list); this browser's session, if it has one, ends here.
 */
export const handleResetPassword: EndpointHandler<'resetPassword'> = async ({ body, context, stored }) => {
  const result = await context.upstream.call('resetPassword', {
    token: body.token,
    newPassword: body.newPassword,
  });
  if (result.outcome === 'failed') return failureAnswer(result.failure);
  await context.confirmations.revokeAll();
  const answer: SessionsEndedAnswer = { success: true, endedSessions: 'all' };
  if (stored === null) return jsonAnswer(answer);
  return jsonAnswer(answer, { cookies: [await context.vault.end(stored)] });
};

/** AuthFlow answers with an HTML page; only its status is used. */
export const handleVerifyEmail: EndpointHandler<'verifyEmail'> = async ({ body, context }) => {
  const result = await context.upstream.call('verifyEmail', { token: body.token });
  if (result.outcome === 'failed') return failureAnswer(result.failure);
  return jsonAnswer({ success: true });
};

/** Always the same confirmation, whether or not the account exists or is already verified. */
export const handleResendVerificationEmail: EndpointHandler<'resendVerificationEmail'> = async ({
  body,
  context,
}) => {
  const email = normalizeEmail(body.email);
  const { apiKey, role } = context.options;
  const result = await withFreshFooBar(context, email, (foobar) =>
    context.upstream.call('resendVerifyEmail', { foobar, email, api_key: apiKey, role }),
  );
  return neutralUnlessServiceFault(
    result.outcome === 'failed' ? result.failure : null,
    proxyNeutralMessages.resendVerificationEmail,
  );
};

/** The owner's identity and organization come from the session, never from the browser. */
export const handleDeleteUser: EndpointHandler<'deleteUser'> = async (input) => {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn.answer;
  const { context, body } = input;
  const { session } = signedIn;
  const result = await context.upstream.call(
    'deleteUser',
    {
      email_owner: session.record.user.email,
      org_id: session.record.user.orgId,
      user_email: normalizeEmail(body.userEmail),
    },
    session.record.token,
  );
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  // The deleted user's sessions go when AuthFlow next refuses their token.
  await context.confirmations.revokeAll();
  return jsonAnswer({ success: true });
};
