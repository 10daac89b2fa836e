import type { AuthUser } from '@authflow-ui/core';
import { useStore } from 'zustand';
import { useAuthContext } from '../provider/auth-context.js';

/** The signed-in person, or `null` when signed out. */
export function useUser(): AuthUser | null {
  const { client } = useAuthContext();
  return useStore(client.session, (state) => state.user);
}
