import type { DeviceSession, RevokedSessionsAnswer, SessionsAnswer } from '@authflow-ui/contract';
import { errorAnswer, jsonAnswer } from '../proxy-answers.js';
import type { SignedInRecord } from '../session-record.js';
import type { AccountSession } from '../session-vault.js';
import type { UpstreamFailure } from '../upstream-client.js';
import { endAccountSessions } from './end-account-sessions.js';
import { failureAnswer, requireSignedIn } from './endpoint-helpers.js';
import type { EndpointHandler, ProxyContext } from './endpoint-input.js';

function toDeviceSession(record: SignedInRecord, current: boolean): DeviceSession {
  return {
    id: record.publicId,
    browser: record.device.browser,
    os: record.device.os,
    network: record.network,
    createdAt: record.createdAt,
    lastSeenAt: record.lastSeenAt,
    current,
  };
}

/**
 * Asks AuthFlow whether another session still stands, and forgets it when not: a password reset
 * (whose link names no account the proxy could look up) ends sessions at AuthFlow, and this is
 * where the list learns it. A failure to reach AuthFlow keeps the session listed.
 */
async function stillStands(context: ProxyContext, session: AccountSession): Promise<boolean> {
  const me = await context.upstream.call('me', { sessionToken: session.record.token });
  if (me.outcome === 'ok' || !endsSession(me.failure)) return true;
  await context.vault.endAccountSession(session.record.user.email, session.indexEntry);
  return false;
}

function endsSession(failure: UpstreamFailure): boolean {
  return failure.code === 'session_expired' || failure.code === 'user_not_found';
}

export const handleSessions: EndpointHandler<'sessions'> = async (input) => {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn.answer;
  const { context } = input;
  const { session } = signedIn;
  const me = await context.upstream.call('me', { sessionToken: session.record.token });
  if (me.outcome === 'failed') {
    if (!endsSession(me.failure)) return failureAnswer(me.failure);
    return errorAnswer('session_expired', { cookies: [await context.vault.end(session)] });
  }
  const others = (await context.vault.accountSessions(session)).filter((other) => !other.current);
  const standing = await Promise.all(others.map((other) => stillStands(context, other)));
  const listed = others
    .filter((_other, index) => standing[index] === true)
    .map((other) => toDeviceSession(other.record, false))
    .sort((first, second) => second.lastSeenAt - first.lastSeenAt);
  const answer: SessionsAnswer = { sessions: [toDeviceSession(session.record, true), ...listed] };
  return jsonAnswer(answer);
};

export const handleRevokeSession: EndpointHandler<'revokeSession'> = async (input) => {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn.answer;
  const { context, body } = input;
  const sessions = await context.vault.accountSessions(signedIn.session);
  const target = sessions.find((session) => session.record.publicId === body.id);
  // Another account's id reads the same as an unknown one.
  if (target === undefined) return errorAnswer('not_found');
  // This browser leaves through sign-out, which also clears its cookie and storage.
  if (target.current) return errorAnswer('invalid_request');
  const answer: RevokedSessionsAnswer = {
    success: true,
    revoked: await endAccountSessions(context, [target]),
  };
  return jsonAnswer(answer);
};

export const handleRevokeOtherSessions: EndpointHandler<'revokeOtherSessions'> = async (input) => {
  const signedIn = requireSignedIn(input);
  if (signedIn.outcome === 'refused') return signedIn.answer;
  const { context } = input;
  const sessions = await context.vault.accountSessions(signedIn.session);
  const others = sessions.filter((session) => !session.current);
  const answer: RevokedSessionsAnswer = { success: true, revoked: await endAccountSessions(context, others) };
  return jsonAnswer(answer);
};
