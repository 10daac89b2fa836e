import {
  type AuthClient,
  type AuthUser,
  createProxyAuthClient,
  createRecoveryCodesLeft,
  createSessionObserver,
} from '@authflow-ui/core';
import type { Appearance, LocalizationOverrides } from '@authflow-ui/ui';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useMounted } from '../hooks/use-mounted.js';
import { AuthContext, type AuthContextValue } from './auth-context.js';
import { type InitialSession, sessionFromInitial } from './initial-session.js';

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
  /**
   * Moves inside your router: the kit's links (`signUpHref`, "Forgot password?" and the like)
   * call it on a plain left click instead of loading a page, and screens redirect with it after
   * sign-in unless they have their own `navigate`. Called with an app path (`/sign-up`).
   * Default: the browser follows links and `window.location.assign` redirects.
   */
  navigate?: (path: string) => void;
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
        /**
         * Who is signed in, read on the server for this page (`await proxy.getSession(...)`): the
         * page renders in that state on the server and in the browser, with no `loading` state and
         * no request to the proxy on start. Read once, like `baseUrl`. Default: ask the proxy on mount.
         */
        initialSession?: InitialSession;
        client?: never;
      }
    | {
        /** A client you created with `createAuthClient`, for full control over its options. */
        client: AuthClient;
        baseUrl?: never;
        mode?: never;
        initialSession?: never;
      }
  );

const noOverrides: LocalizationOverrides = {};

/**
 * Makes an AuthFlow client, its session and the kit's texts and theme available below it. With a
 * proxy-mode client it asks the proxy who is signed in when it mounts; until the answer comes,
 * `useSession().status` is `'loading'`.
 */
export function AuthProvider(props: AuthProviderProps) {
  const { role, appearance, localization, navigate, onSignIn, onSignOut, children } = props;
  const [client] = useState(
    () =>
      props.client ??
      createProxyAuthClient({
        baseUrl: props.baseUrl,
        role,
        initialSession: sessionFromInitial(props.initialSession),
      }),
  );
  const [ownQueryClient] = useState(
    () => props.queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  );
  const queryClient = props.queryClient ?? ownQueryClient;
  // The server already asked the proxy for this page: asking again would only delay the same answer.
  const [sessionObserver] = useState(() =>
    createSessionObserver(client, { session: props.initialSession === undefined ? 'ask' : 'known' }),
  );
  const [recoveryCodesLeft] = useState(() => createRecoveryCodesLeft(client.session));
  useMounted(() => {
    sessionObserver.destroy();
    recoveryCodesLeft.destroy();
  });

  // The proxy's cookie is HttpOnly: only the proxy can say whether this browser is signed in.
  useEffect(() => sessionObserver.start(), [sessionObserver]);

  const callbacks = useRef({ onSignIn, onSignOut });
  callbacks.current = { onSignIn, onSignOut };
  useEffect(
    () =>
      sessionObserver.onEvent((event) => {
        if (event.type === 'signedIn') callbacks.current.onSignIn?.({ user: event.user });
        else callbacks.current.onSignOut?.();
      }),
    [sessionObserver],
  );

  const value = useMemo<AuthContextValue>(
    () => ({
      client,
      queryClient,
      role,
      localizationOverrides: localization ?? noOverrides,
      appearance: appearance ?? {},
      navigate,
      recoveryCodesLeft,
      sessionObserver,
    }),
    [client, queryClient, role, localization, appearance, navigate, recoveryCodesLeft, sessionObserver],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
