import type { SessionAnswer } from '@authflow-ui/contract';
import type { StoredSession } from '../session-vault.js';
import type { UpstreamFailure } from '../upstream-client.js';
import { signedInAnswer } from './endpoint-helpers.js';
import type { ProxyContext } from './endpoint-input.js';

/** Who is signed in, once AuthFlow has had its say; `clearCookie` when the record was ended. */
export type ConfirmedSession =
  | { outcome: 'confirmed'; answer: SessionAnswer; clearCookie: string | null }
  | { outcome: 'failed'; failure: UpstreamFailure };

const signedOut = { status: 'signedOut' } as const;

/**
 * The one place the proxy decides who a cookie belongs to, for the `session` endpoint and for
 * `getSession` in server code alike. The session is confirmed with AuthFlow (`me`) unless it was
 * within `sessionCheckIntervalMs`, so a session ended elsewhere (sign-out in another app, expiry,
 * a deleted user) ends here too; a failure to reach AuthFlow is that failure, never "signed out".
 * A session ended through the proxy has no record left, so no window keeps it.
 */
export async function confirmSession(
  context: ProxyContext,
  stored: StoredSession | null,
): Promise<ConfirmedSession> {
  if (stored === null || stored.record.kind !== 'signedIn') {
    return { outcome: 'confirmed', answer: signedOut, clearCookie: null };
  }
  const checkedAt = context.options.now();
  if (await context.confirmations.covers(stored.record.confirmedAt)) {
    return { outcome: 'confirmed', answer: signedInAnswer(stored.record), clearCookie: null };
  }
  const session = { id: stored.id, record: stored.record };
  const me = await context.upstream.call('me', { sessionToken: session.record.token });
  if (me.outcome === 'failed') {
    const { code } = me.failure;
    if (code === 'session_expired' || code === 'user_not_found') {
      return { outcome: 'confirmed', answer: signedOut, clearCookie: await context.vault.end(session) };
    }
    return me;
  }
  session.record = {
    ...session.record,
    user: { email: me.body.email, fullname: me.body.fullname, role: me.body.role, orgId: me.body.org_id },
    confirmedAt: checkedAt,
  };
  await context.vault.save(session);
  return { outcome: 'confirmed', answer: signedInAnswer(session.record), clearCookie: null };
}
