import {
  type NeutralConfirmationAnswer,
  proxyNeutralMessages,
  type ReauthenticateAnswer,
  type ReauthenticatedAnswer,
} from '@authflow-ui/contract';
import { errorAnswer, jsonAnswer, type ProxyAnswer } from '../proxy-answers.js';
import type { PendingReauthentication, SignedInRecord } from '../session-record.js';
import type { StoredSession } from '../session-vault.js';
import type { UpstreamFailure } from '../upstream-client.js';
import { failureAnswer, requireSignedIn } from './endpoint-helpers.js';
import type { EndpointHandler, EndpointInput, ProxyContext } from './endpoint-input.js';
import {
  exchangeSecondFactor,
  type SecondFactorIdentity,
  type SecondFactorMethod,
  sendSecondFactorEmail,
} from './exchange-second-factor.js';
import { signInFailure } from './sign-in-endpoints.js';
import { withFreshFooBar } from './with-fresh-foo-bar.js';

// Re-authentication proves who is signed in without replacing the session: the cookie, the
// session token and the session's place in the device list stay as they are. AuthFlow has no
// "confirm password" route, so the proof is a sign-in whose new token is logged out at once.

/** Records the proof and answers until when sensitive endpoints accept it. */
async function markVerified(
  context: ProxyContext,
  session: StoredSession<SignedInRecord>,
  proofToken: string,
): Promise<ProxyAnswer> {
  await context.upstream.call('logout', { sessionToken: proofToken, email: session.record.user.email });
  const now = context.options.now();
  await context.vault.save({
    id: session.id,
    record: { ...session.record, verifiedAt: now, reauthentication: null },
  });
  const answer: ReauthenticatedAnswer = {
    status: 'reauthenticated',
    validUntil: now + context.options.reauthenticateAfterMs,
  };
  return jsonAnswer(answer);
}

export const handleReauthenticate: EndpointHandler<'reauthenticate'> = async (input) => {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn.answer;
  const { context, body } = input;
  const { session } = signedIn;
  const { apiKey, role, now, pendingLoginTtlMs } = context.options;
  const email = session.record.user.email;
  const login = await withFreshFooBar(context, email, (foobar) =>
    context.upstream.call('login', { foobar, email, password: body.password, api_key: apiKey, role }),
  );
  if (login.outcome === 'failed') return signInFailure(login.failure);
  if (!('requires2FA' in login.body)) return markVerified(context, session, login.body.token);

  const reauthentication: PendingReauthentication = {
    tempToken: login.body.tempToken,
    expiresAt: now() + pendingLoginTtlMs,
  };
  await context.vault.save({ id: session.id, record: { ...session.record, reauthentication } });
  const answer: ReauthenticateAnswer = {
    status: 'mfa',
    challenge: { email, methods: ['totp', 'email', 'recovery'], expiresAt: reauthentication.expiresAt },
  };
  return jsonAnswer(answer);
};

interface PendingProof {
  session: StoredSession<SignedInRecord>;
  pending: PendingReauthentication;
}

/** The signed-in session and its re-authentication waiting for a second factor, or a 401. */
function requirePendingProof(
  input: Pick<EndpointInput<'reauthenticateVerifyTotp'>, 'stored' | 'context'>,
): { outcome: 'refused'; answer: ProxyAnswer } | { outcome: 'pending'; proof: PendingProof } {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn;
  const pending = signedIn.session.record.reauthentication;
  if (pending === null || pending.expiresAt <= input.context.options.now()) {
    return { outcome: 'refused', answer: errorAnswer('expired') };
  }
  return { outcome: 'pending', proof: { session: signedIn.session, pending } };
}

/** A failed second factor; an expired one is forgotten so the next try starts again with the password. */
async function proofFailure(
  context: ProxyContext,
  { session }: PendingProof,
  failure: UpstreamFailure,
): Promise<ProxyAnswer> {
  if (failure.code === 'expired') {
    await context.vault.save({ id: session.id, record: { ...session.record, reauthentication: null } });
  }
  return failureAnswer(failure);
}

/** The identity `login` named when the re-authentication asked for a second factor. */
function identityOf({ session, pending }: PendingProof): SecondFactorIdentity {
  const { email, orgId, role } = session.record.user;
  return { tempToken: pending.tempToken, email, orgId, role };
}

export const handleReauthenticateSendEmailCode: EndpointHandler<'reauthenticateSendEmailCode'> = async (
  input,
) => {
  const required = requirePendingProof(input);
  if (required.outcome === 'refused') return required.answer;
  const sent = await sendSecondFactorEmail(input.context.upstream, identityOf(required.proof));
  if (sent.outcome === 'failed') return proofFailure(input.context, required.proof, sent.failure);
  const answer: NeutralConfirmationAnswer = { success: true, message: proxyNeutralMessages.sendEmailCode };
  return jsonAnswer(answer);
};

/**
 * The emailed and recovery codes take no `tempToken`: the re-authentication pending in this
 * browser's own session is what lets a code through, as with a pending sign-in.
 */
async function reauthenticateWithCode(
  input: EndpointInput<
    'reauthenticateVerifyTotp' | 'reauthenticateVerifyEmailCode' | 'reauthenticateVerifyRecoveryCode'
  >,
  method: SecondFactorMethod,
): Promise<ProxyAnswer> {
  const required = requirePendingProof(input);
  if (required.outcome === 'refused') return required.answer;
  const { context } = input;
  const exchange = await exchangeSecondFactor(
    context.upstream,
    identityOf(required.proof),
    method,
    input.body.code,
  );
  if (exchange.outcome === 'failed') return proofFailure(context, required.proof, exchange.failure);
  return markVerified(context, required.proof.session, exchange.verified.token);
}

export const handleReauthenticateVerifyTotp: EndpointHandler<'reauthenticateVerifyTotp'> = (input) =>
  reauthenticateWithCode(input, 'totp');

export const handleReauthenticateVerifyEmailCode: EndpointHandler<'reauthenticateVerifyEmailCode'> = (
  input,
) => reauthenticateWithCode(input, 'email');

export const handleReauthenticateVerifyRecoveryCode: EndpointHandler<'reauthenticateVerifyRecoveryCode'> = (
  input,
) => reauthenticateWithCode(input, 'recovery');
