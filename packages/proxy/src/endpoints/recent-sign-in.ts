import type { SignedInRecord } from '../session-record.js';
import type { StoredSession } from '../session-vault.js';
import type { ProxyContext } from './endpoint-input.js';

/** `lastSeenAt` is rewritten at most this often, so busy sessions do not write the store on every request. */
const lastSeenResolutionMs = 60_000;

/** Notes that the session was used; answers the session as handlers should see it. */
export async function noteLastSeen(
  context: ProxyContext,
  stored: StoredSession | null,
): Promise<StoredSession | null> {
  if (stored?.record.kind !== 'signedIn') return stored;
  const now = context.options.now();
  if (now - stored.record.lastSeenAt < lastSeenResolutionMs) return stored;
  const seen = { id: stored.id, record: { ...stored.record, lastSeenAt: now } };
  await context.vault.save(seen);
  return seen;
}

/** True when the person last proved who they are longer ago than the re-authentication window. */
export function isReauthenticationDue(context: ProxyContext, record: SignedInRecord): boolean {
  return context.options.now() - record.verifiedAt > context.options.reauthenticateAfterMs;
}
