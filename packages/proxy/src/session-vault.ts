import { hashKey } from './hash-key.js';
import type { ProxyStore } from './proxy-store.js';
import {
  clearedSessionCookie,
  newSessionId,
  type SessionCookieSettings,
  sessionCookie,
  sessionIdInCookieHeader,
} from './session-cookie.js';
import { isSessionRecord, type SessionRecord, type SignedInRecord } from './session-record.js';

export interface StoredSession<R extends SessionRecord = SessionRecord> {
  id: string;
  record: R;
}

export interface StartedSession {
  id: string;
  /** The `Set-Cookie` that names the new record. */
  cookie: string;
}

/** One signed-in session of an account, as the account's index finds it. */
export interface AccountSession {
  /** Where the index keeps it; never shown to a browser. */
  indexEntry: string;
  record: SignedInRecord;
  /** The session of the request that asked. */
  current: boolean;
}

/** Session records behind opaque cookie ids, with an index of each account's signed-in sessions. */
export interface SessionVault {
  /** The live record a `Cookie` header value names, or `null`: for server code without a `Request`. */
  readCookieHeader(header: string | null): Promise<StoredSession | null>;
  /**
   * Stores `record` under a new id and answers the id and its `Set-Cookie`. The previous record is
   * deleted: every change of sign-in state gets a fresh id, so an id planted before sign-in is worthless.
   */
  start(record: SessionRecord, previous: StoredSession | null): Promise<StartedSession>;
  /** Replaces the record under the same id. */
  save(session: StoredSession): Promise<void>;
  /** Replaces the record under the same id and answers a `Set-Cookie` that lives as long as it now does. */
  extend(session: StoredSession): Promise<string>;
  /** Deletes the record (if any) and answers the `Set-Cookie` that clears the cookie. */
  end(session: StoredSession | null): Promise<string>;
  /** The `Set-Cookie` that clears the cookie. */
  readonly clearCookie: string;
  /** Every live session of the current session's account; entries whose record is gone are dropped. */
  accountSessions(current: StoredSession<SignedInRecord>): Promise<AccountSession[]>;
  /** Deletes one session of the account found by {@link accountSessions}. */
  endAccountSession(email: string, indexEntry: string): Promise<void>;
}

export interface SessionVaultOptions {
  store: ProxyStore;
  cookie: SessionCookieSettings;
  now: () => number;
}

export function createSessionVault({ store, cookie, now }: SessionVaultOptions): SessionVault {
  const keyOf = (id: string) => `session:${hashKey(id)}`;
  // The index lists each session by the hash in its key, never by its cookie id.
  const indexOf = (email: string) => `account-sessions:${hashKey(email.toLowerCase())}`;
  const clearCookie = clearedSessionCookie(cookie);

  const parse = (stored: string | undefined): SessionRecord | null => {
    if (stored === undefined) return null;
    let record: unknown;
    try {
      record = JSON.parse(stored);
    } catch {
      return null;
    }
    return isSessionRecord(record) && record.expiresAt > now() ? record : null;
  };

  const unindex = async (session: StoredSession | null) => {
    if (session?.record.kind !== 'signedIn') return;
    await store.removeFromSet(indexOf(session.record.user.email), hashKey(session.id));
  };

  const put = async (id: string, record: SessionRecord) => {
    await store.set(keyOf(id), JSON.stringify(record), Math.max(1, record.expiresAt - now()));
  };

  const readCookieHeader = async (header: string | null): Promise<StoredSession | null> => {
    const id = sessionIdInCookieHeader(header, cookie.name);
    if (id === null) return null;
    const record = parse(await store.get(keyOf(id)));
    return record === null ? null : { id, record };
  };

  return {
    clearCookie,
    readCookieHeader,
    async start(record, previous) {
      if (previous !== null) {
        await store.delete(keyOf(previous.id));
        await unindex(previous);
      }
      const id = newSessionId();
      await put(id, record);
      if (record.kind === 'signedIn') {
        await store.addToSet(indexOf(record.user.email), hashKey(id), Math.max(1, record.expiresAt - now()));
      }
      return { id, cookie: sessionCookie(cookie, id, (record.expiresAt - now()) / 1000) };
    },
    async save(session) {
      await put(session.id, session.record);
    },
    async extend(session) {
      await put(session.id, session.record);
      return sessionCookie(cookie, session.id, (session.record.expiresAt - now()) / 1000);
    },
    async end(session) {
      if (session !== null) {
        await store.delete(keyOf(session.id));
        await unindex(session);
      }
      return clearCookie;
    },
    async accountSessions(current) {
      const email = current.record.user.email;
      const index = indexOf(email);
      const currentEntry = hashKey(current.id);
      const entries = await store.setMembers(index);
      const found = await Promise.all(
        entries.map(async (indexEntry): Promise<AccountSession | null> => {
          const record = parse(await store.get(`session:${indexEntry}`));
          if (record?.kind === 'signedIn' && record.user.email.toLowerCase() === email.toLowerCase()) {
            return { indexEntry, record, current: indexEntry === currentEntry };
          }
          await store.removeFromSet(index, indexEntry);
          return null;
        }),
      );
      return found.filter((session): session is AccountSession => session !== null);
    },
    async endAccountSession(email, indexEntry) {
      await store.delete(`session:${indexEntry}`);
      await store.removeFromSet(indexOf(email), indexEntry);
    },
  };
}
