import type { AuthClient, RecoveryCodesLeft, SessionObserver } from '@authflow-ui/core';
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
  /** The `navigate` prop: how the kit's links and redirects move inside the app's router. */
  navigate: ((path: string) => void) | undefined;
  /** Core's "running low on recovery codes" signal, which any screen (the sign-in card, the user menu) reads. */
  recoveryCodesLeft: RecoveryCodesLeft;
  /** Core's session observer: the session status, `loading` while a proxy-mode client asks who is signed in. */
  sessionObserver: SessionObserver;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuthContext(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('AuthFlow UI: this component or hook must be rendered inside <AuthProvider>.');
  }
  return value;
}
