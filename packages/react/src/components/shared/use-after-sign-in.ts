import { type AuthUser, pickSafeRedirect } from '@authflow-ui/core';
import { useCallback, useRef } from 'react';
import { useAuthContext } from '../../provider/auth-context.js';

export interface AfterSignInProps {
  /**
   * Where to go once signed in. Only a same-origin relative path is followed (`/dashboard`);
   * anything else is ignored. Default: the page's `?redirect_url=`, when it is safe; otherwise
   * the screen stays and says the person is signed in.
   */
  redirectTo?: string;
  /**
   * Performs the redirect, for client-side routers. Default: the provider's `navigate`, else
   * `window.location.assign`.
   */
  navigate?: (path: string) => void;
  /** Called once signed in, before any redirect, with the safe target (or `null`). */
  onSignedIn?: (details: { user: AuthUser; redirectTo: string | null }) => void;
}

function currentSearch(): string | undefined {
  return typeof window === 'undefined' ? undefined : window.location.search;
}

/** Finishes a sign-in once: tells the app, then follows a safe redirect if there is one. */
export function useAfterSignIn({
  redirectTo,
  navigate,
  onSignedIn,
}: AfterSignInProps): (user: AuthUser) => void {
  const done = useRef(false);
  const providerNavigate = useAuthContext().navigate;
  const latest = useRef({ redirectTo, navigate: navigate ?? providerNavigate, onSignedIn });
  latest.current = { redirectTo, navigate: navigate ?? providerNavigate, onSignedIn };
  return useCallback((user: AuthUser) => {
    if (done.current) return;
    done.current = true;
    const props = latest.current;
    const target = pickSafeRedirect(props.redirectTo, currentSearch());
    props.onSignedIn?.({ user, redirectTo: target });
    if (target === null) return;
    if (props.navigate) props.navigate(target);
    else window.location.assign(target);
  }, []);
}
