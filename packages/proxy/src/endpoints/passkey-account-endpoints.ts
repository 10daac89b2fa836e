import type { PasskeyAnswer, PasskeysAnswer, SessionsEndedAnswer } from '@authflow-ui/contract';
import { jsonAnswer } from '../proxy-answers.js';
import type { SignedInRecord } from '../session-record.js';
import { endOtherSessions } from './end-account-sessions.js';
import { type Requirement, requireSignedIn, sessionIdentity, signedInFailure } from './endpoint-helpers.js';
import type { EndpointHandler, EndpointInput } from './endpoint-input.js';
import { passkeysUnavailable } from './passkey-availability.js';

type PasskeyAccountEndpoint =
  | 'passkeyRegistrationOptions'
  | 'verifyPasskeyRegistration'
  | 'listPasskeys'
  | 'renamePasskey'
  | 'deletePasskey';

/** A signed-in session, and AuthFlow serving passkeys; the cookie is checked first, at no cost. */
async function signedInWithPasskeys(
  input: EndpointInput<PasskeyAccountEndpoint>,
): Promise<Requirement<SignedInRecord>> {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn;
  const unavailable = await passkeysUnavailable(input.context);
  return unavailable === null ? signedIn : { outcome: 'refused', answer: unavailable };
}

export const handlePasskeyRegistrationOptions: EndpointHandler<'passkeyRegistrationOptions'> = async (
  input,
) => {
  const ready = await signedInWithPasskeys(input);
  if (ready.outcome === 'refused') return ready.answer;
  const { context } = input;
  const { session } = ready;
  const result = await context.upstream.call('passkeyRegistrationOptions', sessionIdentity(session.record));
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  return jsonAnswer(result.body);
};

export const handleVerifyPasskeyRegistration: EndpointHandler<'verifyPasskeyRegistration'> = async (
  input,
) => {
  const ready = await signedInWithPasskeys(input);
  if (ready.outcome === 'refused') return ready.answer;
  const { context, body } = input;
  const { session } = ready;
  const result = await context.upstream.call('verifyPasskeyRegistration', {
    ...sessionIdentity(session.record),
    response: body.response,
    ...(body.name === undefined ? {} : { name: body.name }),
  });
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  const answer: PasskeyAnswer = { passkey: result.body.passkey };
  return jsonAnswer(answer);
};

export const handleListPasskeys: EndpointHandler<'listPasskeys'> = async (input) => {
  const ready = await signedInWithPasskeys(input);
  if (ready.outcome === 'refused') return ready.answer;
  const { context } = input;
  const { session } = ready;
  const result = await context.upstream.call('listPasskeys', sessionIdentity(session.record));
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  const answer: PasskeysAnswer = { passkeys: result.body.passkeys };
  return jsonAnswer(answer);
};

export const handleRenamePasskey: EndpointHandler<'renamePasskey'> = async (input) => {
  const ready = await signedInWithPasskeys(input);
  if (ready.outcome === 'refused') return ready.answer;
  const { context, body } = input;
  const { session } = ready;
  const result = await context.upstream.call('renamePasskey', {
    ...sessionIdentity(session.record),
    id: body.id,
    name: body.name,
  });
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  const answer: PasskeyAnswer = { passkey: result.body.passkey };
  return jsonAnswer(answer);
};

/**
 * Removing a passkey is treated like turning 2FA off: a recent proof of identity, the password,
 * and every other session of the account ends, since one of them may have begun with that passkey.
 */
export const handleDeletePasskey: EndpointHandler<'deletePasskey'> = async (input) => {
  const ready = await signedInWithPasskeys(input);
  if (ready.outcome === 'refused') return ready.answer;
  const { context, body } = input;
  const { session } = ready;
  const result = await context.upstream.call('deletePasskey', {
    ...sessionIdentity(session.record),
    id: body.id,
    password: body.password,
  });
  if (result.outcome === 'failed') return signedInFailure(context, session, result.failure);
  await endOtherSessions(context, session);
  const answer: SessionsEndedAnswer = { success: true, endedSessions: 'others' };
  return jsonAnswer(answer);
};
