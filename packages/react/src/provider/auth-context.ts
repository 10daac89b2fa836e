import type { AuthClient } from '@authflow-ui/core';
import type { Appearance, LocalizationOverrides } from '@authflow-ui/ui';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';

/** What `<AuthProvider>` shares with every hook and component below it. */
export interface AuthContextValue {
  client: AuthClient;
  /** Where the kit's mutations run; handed to each hook, never installed as a provider. */
  queryClient: QueryClient;
  /** The role sign-in and sign-up use unless a role selector picks another. */
  role: string | undefined;
  /** The `localization` prop: screens merge it over the English texts of the sections they show. */
  localizationOverrides: LocalizationOverrides;
  appearance: Appearance;
  /**
   * Recovery codes left after the last recovery-code sign-in, so any screen (the sign-in card,
   * the user menu) can warn until the user creates new ones; `null` when there is nothing to say.
   */
  recoveryCodesLeft: number | null;
  setRecoveryCodesLeft: (remaining: number | null) => void;
  /**
   * `pending` until a proxy-mode client has asked the proxy who is signed in (its cookie is not
   * readable here); `settled` at once for a direct-mode client, whose store already knows.
   */
  sessionLoad: 'pending' | 'settled';
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('AuthFlow UI: this component or hook must be rendered inside <AuthProvider>.');
  }
  return value;
}
