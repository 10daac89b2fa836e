import type { AuthUser, SessionStatus } from '@authflow-ui/core';
import { useMutation } from '@tanstack/react-query';
import { useAuthContext } from '../provider/auth-context.js';
import { useSession } from './use-session.js';

export interface UseAuthResult {
  status: SessionStatus;
  user: AuthUser | null;
  /** `busy` while the server is being told about a sign-out. */
  signOutState: 'idle' | 'busy';
  /**
   * Ends the session here and in other tabs at once, then tells the server. Never rejects:
   * the local session ends even when the server cannot be reached.
   */
  signOut: () => Promise<void>;
}

/** The session status and user, and a way to sign out. */
export function useAuth(): UseAuthResult {
  const { client, queryClient } = useAuthContext();
  const { status, user } = useSession();
  const mutation = useMutation({ mutationFn: () => client.signOut() }, queryClient);
  return { status, user, signOutState: mutation.isPending ? 'busy' : 'idle', signOut: mutation.mutateAsync };
}
