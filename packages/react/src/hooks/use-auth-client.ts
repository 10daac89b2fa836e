import type { AuthClient } from '@authflow-ui/core';
import { useAuthContext } from '../provider/auth-context.js';

/** The core client of the nearest `<AuthProvider>`, for calls the kit has no hook for. */
export function useAuthClient(): AuthClient {
  return useAuthContext().client;
}
