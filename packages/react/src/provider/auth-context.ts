import type { AuthClient } from '@authflow-ui/core';
import { createContext, useContext } from 'react';
import type { Appearance } from '../appearance/appearance.js';
import type { LocalizationOverrides } from '../localization/auth-localization.js';

/** What `<AuthProvider>` shares with every hook and component below it. */
export interface AuthContextValue {
  client: AuthClient;
  /** The role sign-in and sign-up use unless a role selector picks another. */
  role: string | undefined;
  /** The `localization` prop: screens merge it over the English texts of the sections they show. */
  localizationOverrides: LocalizationOverrides;
  appearance: Appearance;
  /**
   * Unused recovery codes, where this page knows: after a recovery-code sign-in (AuthFlow says
   * how many are left), a set-up or new codes; `null` otherwise. The sign-in card and the user
   * menu warn while it is low; `<RecoveryCodes>` shows it.
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
