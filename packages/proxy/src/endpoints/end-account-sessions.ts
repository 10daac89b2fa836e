import type { SignedInRecord } from '../session-record.js';
import type { AccountSession, StoredSession } from '../session-vault.js';
import type { ProxyContext } from './endpoint-input.js';

/**
 * Ends sessions of one account: AuthFlow `logout` for each token, then the record. The record
 * goes even when AuthFlow cannot be reached, so the browser behind it loses access at once.
 * Answers how many ended.
 */
export async function endAccountSessions(
  context: ProxyContext,
  sessions: readonly AccountSession[],
): Promise<number> {
  await Promise.all(
    sessions.map(async ({ indexEntry, record }) => {
      await context.upstream.call('logout', { sessionToken: record.token, email: record.user.email });
      await context.vault.endAccountSession(record.user.email, indexEntry);
    }),
  );
  return sessions.length;
}

/** Ends every session of the account except `current` (a password change, 2FA turned off). */
export async function endOtherSessions(
  context: ProxyContext,
  current: StoredSession<SignedInRecord>,
): Promise<number> {
  const sessions = await context.vault.accountSessions(current);
  return endAccountSessions(
    context,
    sessions.filter((session) => !session.current),
  );
}
