import { type AuthClient, type AuthUser, createProxyAuthClient } from '@authflow-ui/core';
import type { Appearance, LocalizationOverrides } from '@authflow-ui/ui';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { AuthContext, type AuthContextValue } from './auth-context.js';

interface AuthProviderCommonProps {
  /**
   * The role sign-in and sign-up send unless a screen's role selector picks another.
   * Default: the client's role (the contract's `user`).
   */
  role?: string;
  /**
   * The react-query client the kit's own calls run in; pass your app's to see them in its
   * devtools and caches. Default: a private client. Either way the provider installs no
   * `QueryClientProvider`, so your app's queries below it keep using your app's client.
   */
  queryClient?: QueryClient;
  /** Theme variables, classes per part, unstyled mode and color mode. Default: the shipped theme. */
  appearance?: Appearance;
  /**
   * A locale pack (`arSA` from `@authflow-ui/react/locales/ar-sa` ...), or any subset of the texts
   * with the rest in American English (`enUS`). A pack's `locale` sets `lang` and `dir` on each
   * screen's root; `mergeLocalization(overrides, pack)` changes a few of its words.
   */
  localization?: LocalizationOverrides;
  /** Called once each time the session turns signed in (any screen, any tab), not when a reload finds it again. */
  onSignIn?: (details: { user: AuthUser }) => void;
  /** Called once each time the session ends (sign-out, expiry, another tab). */
  onSignOut?: () => void;
  children?: ReactNode;
}

export type AuthProviderProps = AuthProviderCommonProps &
  (
    | {
        /**
         * Where `@authflow-ui/proxy` answers (for example `/api/auth`): the provider makes a
         * `proxy`-mode client, so the browser never holds the API key or a session token. It is
         * created once; later changes to this prop are ignored. To reach AuthFlow or the mock
         * directly, pass a `client` instead.
         */
        baseUrl: string;
        /**
         * The one mode a provider builds a client for: a browser reaches real AuthFlow only
         * through the proxy. Optional; it spells out `createAuthClient({ baseUrl, mode: 'proxy' })`.
         */
        mode?: 'proxy';
        client?: never;
      }
    | {
        /** A client you created with `createAuthClient`, for full control over its options. */
        client: AuthClient;
        baseUrl?: never;
        mode?: never;
      }
  );

const noOverrides: LocalizationOverrides = {};

/**
 * Makes an AuthFlow client, its session and the kit's texts and theme available below it. With a
 * proxy-mode client it asks the proxy who is signed in when it mounts; until the answer comes,
 * `useSession().status` is `'loading'`.
 */
export function AuthProvider(props: AuthProviderProps) {
  const { role, appearance, localization, onSignIn, onSignOut, children } = props;
  const [client] = useState(() => props.client ?? createProxyAuthClient({ baseUrl: props.baseUrl, role }));
  const [ownQueryClient] = useState(
    () => props.queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  const queryClient = props.queryClient ?? ownQueryClient;
  const [recoveryCodesLeft, setRecoveryCodesLeft] = useState<number | null>(null);
  const [sessionLoad, setSessionLoad] = useState<AuthContextValue['sessionLoad']>(() =>
    client.mode === 'proxy' && client.session.getState().status === 'signedOut' ? 'pending' : 'settled',
  );

  // The proxy's cookie is HttpOnly: only the proxy can say whether this browser is signed in.
  useEffect(() => {
    if (client.mode !== 'proxy') return;
    const controller = new AbortController();
    client.loadSession({ signal: controller.signal }).then(
      () => setSessionLoad('settled'),
      () => {
        // Unreachable proxy: the page goes on signed out (and every screen can still sign in);
        // an unmount (StrictMode's rehearsal included) is not an answer.
        if (!controller.signal.aborted) setSessionLoad('settled');
      },
    );
    return () => controller.abort();
  }, [client]);

  const callbacks = useRef({ onSignIn, onSignOut });
  callbacks.current = { onSignIn, onSignOut };
  const restoring = useRef(sessionLoad === 'pending');
  restoring.current = sessionLoad === 'pending';
  useEffect(
    () =>
      client.session.subscribe((next, previous) => {
        if (next.status === previous.status) return;
        // A session found again on start (a reload) is not a new sign-in.
        if (next.status === 'signedIn' && next.user && !restoring.current) {
          callbacks.current.onSignIn?.({ user: next.user });
        }
        if (next.status === 'signedOut') {
          // The warning belongs to the person who was signed in.
          setRecoveryCodesLeft(null);
          callbacks.current.onSignOut?.();
        }
      }),
    [client],
  );

  const value = useMemo<AuthContextValue>(
    () => ({
      client,
      queryClient,
      role,
      localizationOverrides: localization ?? noOverrides,
      appearance: appearance ?? {},
      recoveryCodesLeft,
      setRecoveryCodesLeft,
      sessionLoad,
    }),
    [client, queryClient, role, localization, appearance, recoveryCodesLeft, sessionLoad],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
