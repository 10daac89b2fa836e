import { hashKey } from './hash-key.js';
import type { ProxyStore } from './proxy-store.js';
import {
  clearedSessionCookie,
  newSessionId,
  type SessionCookieSettings,
  sessionCookie,
  sessionIdInCookieHeader,
} from './session-cookie.js';
import { isSessionRecord, type SessionRecord } from './session-record.js';

export interface StoredSession<R extends SessionRecord = SessionRecord> {
  id: string;
  record: R;
}

/** Session records behind opaque cookie ids. */
export interface SessionVault {
  /** The live record the request's cookie names, or `null`. */
  read(request: Request): Promise<StoredSession | null>;
  /** The live record a `Cookie` header value names, or `null`: for server code without a `Request`. */
  readCookieHeader(header: string | null): Promise<StoredSession | null>;
  /**
   * Stores `record` under a new id and answers its `Set-Cookie`. The previous record is deleted:
   * every change of sign-in state gets a fresh id, so an id planted before sign-in is worthless.
   */
  start(record: SessionRecord, previous: StoredSession | null): Promise<string>;
  /** Replaces the record under the same id. */
  save(session: StoredSession): Promise<void>;
  /** Deletes the record (if any) and answers the `Set-Cookie` that clears the cookie. */
  end(session: StoredSession | null): Promise<string>;
  /** The `Set-Cookie` that clears the cookie. */
  readonly clearCookie: string;
}

export interface SessionVaultOptions {
  store: ProxyStore;
  cookie: SessionCookieSettings;
  now: () => number;
}

export function createSessionVault({ store, cookie, now }: SessionVaultOptions): SessionVault {
  const keyOf = async (id: string) => `session:${await hashKey(id)}`;
  const clearCookie = clearedSessionCookie(cookie);

  const put = async (id: string, record: SessionRecord) => {
    await store.set(await keyOf(id), JSON.stringify(record), Math.max(1, record.expiresAt - now()));
  };

  const readCookieHeader = async (header: string | null): Promise<StoredSession | null> => {
    const id = sessionIdInCookieHeader(header, cookie.name);
    if (id === null) return null;
    const stored = await store.get(await keyOf(id));
    if (stored === undefined) return null;
    let record: unknown;
    try {
      record = JSON.parse(stored);
    } catch {
      return null;
    }
    if (!isSessionRecord(record) || record.expiresAt <= now()) return null;
    return { id, record };
  };

  return {
    clearCookie,
    read: (request) => readCookieHeader(request.headers.get('cookie')),
    readCookieHeader,
    async start(record, previous) {
      if (previous !== null) await store.delete(await keyOf(previous.id));
      const id = newSessionId();
      await put(id, record);
      return sessionCookie(cookie, id, (record.expiresAt - now()) / 1000);
    },
    async save(session) {
      await put(session.id, session.record);
    },
    async end(session) {
      if (session !== null) await store.delete(await keyOf(session.id));
      return clearCookie;
    },
  };
}
