import type { ProxyEndpointId, SignedInAnswer, TwoFactorStatus } from '@authflow-ui/contract';
import { decodeTokenExpiry } from '../decode-token-expiry.js';
import { type AnswerOptions, errorAnswer, type ProxyAnswer } from '../proxy-answers.js';
import type { PendingLoginRecord, SessionRecord, SignedInRecord } from '../session-record.js';
import type { StoredSession } from '../session-vault.js';
import type { UpstreamFailure } from '../upstream-client.js';
import type { EndpointInput, ProxyContext, RequestClient } from './endpoint-input.js';

/** When a session token carries no readable `exp`: AuthFlow's sessions last about twelve hours. */
const fallbackSessionMs = 12 * 60 * 60 * 1000;

/** Emails reach AuthFlow without surrounding spaces; passwords are never changed. */
export function normalizeEmail(email: string): string {
  return email.trim();
}

/** People paste codes as `123 456` or `AB12-CD34`. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

/** The identity AuthFlow's signed-in POST routes repeat, always the session's own. */
export function sessionIdentity(record: SignedInRecord) {
  return {
    sessionToken: record.token,
    email: record.user.email,
    org_id: record.user.orgId,
    role: record.user.role,
  };
}

/** The failure answer for an AuthFlow failure, with its `Retry-After` when it has one. */
export function failureAnswer(failure: UpstreamFailure, options: AnswerOptions = {}): ProxyAnswer {
  return errorAnswer(failure.code, {
    ...options,
    ...(failure.retryAfter === undefined ? {} : { retryAfter: failure.retryAfter }),
  });
}

export type Requirement<R extends SessionRecord> =
  | { outcome: 'ready'; session: StoredSession<R> }
  | { outcome: 'refused'; answer: ProxyAnswer };

type CookieInput = Pick<EndpointInput<ProxyEndpointId>, 'stored' | 'context'>;

/** The signed-in session, or a 401 `session_expired` answer. */
export function requireSignedIn(input: CookieInput): Requirement<SignedInRecord> {
  const { stored, context } = input;
  if (stored !== null && stored.record.kind === 'signedIn') {
    return { outcome: 'ready', session: { id: stored.id, record: stored.record } };
  }
  const cookies = stored === null ? [context.vault.clearCookie] : [];
  return { outcome: 'refused', answer: errorAnswer('session_expired', { cookies }) };
}

/**
 * The pending sign-in this browser started, or a 401 `expired` answer. Without it no code is
 * passed to AuthFlow: `verify-email-otp` and `verify-recovery` identify the user by email alone.
 */
export function requirePendingLogin(input: CookieInput): Requirement<PendingLoginRecord> {
  const { stored, context } = input;
  if (stored !== null && stored.record.kind === 'pendingLogin') {
    return { outcome: 'ready', session: { id: stored.id, record: stored.record } };
  }
  const cookies = stored === null ? [context.vault.clearCookie] : [];
  return { outcome: 'refused', answer: errorAnswer('expired', { cookies }) };
}

/** A failure of a signed-in call; a session AuthFlow no longer accepts ends here too. */
export async function signedInFailure(
  context: ProxyContext,
  session: StoredSession<SignedInRecord>,
  failure: UpstreamFailure,
): Promise<ProxyAnswer> {
  if (failure.code !== 'session_expired') return failureAnswer(failure);
  return failureAnswer(failure, { cookies: [await context.vault.end(session)] });
}

/** A failure of a second-factor call; an expired pending sign-in is forgotten. */
export async function pendingLoginFailure(
  context: ProxyContext,
  session: StoredSession<PendingLoginRecord>,
  failure: UpstreamFailure,
): Promise<ProxyAnswer> {
  if (failure.code !== 'expired') return failureAnswer(failure);
  return failureAnswer(failure, { cookies: [await context.vault.end(session)] });
}

export function signedInAnswer(record: SignedInRecord): SignedInAnswer {
  return { status: 'signedIn', user: record.user, expiresAt: record.expiresAt, twoFactor: record.twoFactor };
}

export type Established =
  | { outcome: 'signedIn'; answer: SignedInAnswer; cookie: string }
  | { outcome: 'failed'; failure: UpstreamFailure };

/**
 * Turns a fresh session token into a session record: asks AuthFlow who it belongs to, then
 * stores it under a new cookie id, replacing whatever the browser had before. `twoFactor` is
 * what the way the session began says: `login` asks for a second factor exactly when it is on.
 */
export async function establishSession(
  context: ProxyContext,
  token: string,
  previous: StoredSession | null,
  twoFactor: TwoFactorStatus,
  client: RequestClient,
): Promise<Established> {
  const me = await context.upstream.call('me', { sessionToken: token });
  if (me.outcome === 'failed') return me;
  const now = context.options.now();
  const record: SignedInRecord = {
    kind: 'signedIn',
    token,
    user: { email: me.body.email, fullname: me.body.fullname, role: me.body.role, orgId: me.body.org_id },
    expiresAt: decodeTokenExpiry(token) ?? now + fallbackSessionMs,
    totpSetupSecret: null,
    twoFactor,
    publicId: crypto.randomUUID(),
    device: client.device,
    network: client.network,
    createdAt: now,
    lastSeenAt: now,
    confirmedAt: now,
    verifiedAt: now,
    reauthentication: null,
  };
  const { cookie } = await context.vault.start(record, previous);
  return { outcome: 'signedIn', answer: signedInAnswer(record), cookie };
}
