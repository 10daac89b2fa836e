import { type AuthError, type DeviceSession, isAuthError } from '@authflow-ui/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { type Reverification, useReverification } from './use-reverification.js';

/** The list as it stands; `unsupported` where the backend keeps no sessions (direct mode). */
export type SessionListState =
  | { status: 'loading' }
  | { status: 'unsupported' }
  | { status: 'ready'; sessions: DeviceSession[] }
  | { status: 'error'; error: AuthError };

/** The last thing ended, for the announcement. */
export type SessionListOutcome =
  | { type: 'revoked'; session: DeviceSession }
  | { type: 'revokedOthers'; count: number }
  | { type: 'failed'; error: AuthError };

export interface SessionListController {
  state: SessionListState;
  /** The id being ended, or `'others'`, or `null`. */
  pending: string | null;
  outcome: SessionListOutcome | null;
  reload: () => Promise<void>;
  revoke: (session: DeviceSession) => Promise<void>;
  revokeOthers: () => Promise<void>;
  /** The re-authentication the two revocations go through; render its `dialog`. */
  reverification: Reverification<[() => Promise<SessionListOutcome>], SessionListOutcome>;
}

function asAuthError(error: unknown): AuthError | null {
  return isAuthError(error) ? error : null;
}

/** The signed-in account's devices, and the two ways to end them, each behind re-authentication. */
export function useSessionList(): SessionListController {
  const { client } = useAuthContext();
  const [state, setState] = useState<SessionListState>({ status: 'loading' });
  const [pending, setPending] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<SessionListOutcome | null>(null);
  const mounted = useRef(true);
  const reverification = useReverification((action: () => Promise<SessionListOutcome>) => action());

  const reload = useCallback(async () => {
    try {
      const { sessions } = await client.capabilities();
      if (!sessions) {
        if (mounted.current) setState({ status: 'unsupported' });
        return;
      }
      const list = await client.sessions.list();
      if (mounted.current) setState({ status: 'ready', sessions: list });
    } catch (error) {
      const failure = asAuthError(error);
      if (failure && mounted.current) setState({ status: 'error', error: failure });
    }
  }, [client]);

  useEffect(() => {
    mounted.current = true;
    void reload();
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  const { run } = reverification;
  const end = useCallback(
    async (key: string, action: () => Promise<SessionListOutcome>) => {
      if (pending !== null) return;
      setPending(key);
      setOutcome(null);
      try {
        const result = await run(action);
        if (mounted.current) setOutcome(result);
      } catch (error) {
        const failure = asAuthError(error);
        // Cancelling the prompt is the person's choice, not a failure to report.
        if (failure && failure.code !== 'aborted' && mounted.current)
          setOutcome({ type: 'failed', error: failure });
      } finally {
        if (mounted.current) setPending(null);
      }
      await reload();
    },
    [pending, run, reload],
  );

  return {
    state,
    pending,
    outcome,
    reload,
    revoke: (session) =>
      end(session.id, async () => {
        await client.sessions.revoke(session.id);
        return { type: 'revoked', session };
      }),
    revokeOthers: () =>
      end('others', async () => {
        const { revoked } = await client.sessions.revokeOthers();
        return { type: 'revokedOthers', count: revoked };
      }),
    reverification,
  };
}
