import { type Appearance, type AuthLocalization, AuthProvider } from '@authflow-ui/react';
import { type ReactNode, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router';
import type { DemoAuth } from './demo-auth/demo-auth.js';
import { DemoAuthContext } from './demo-auth/demo-auth-context.js';
import { AppShell } from './layout/app-shell.js';
import { RequireSignIn } from './layout/require-sign-in.js';
import { useColorMode } from './layout/use-color-mode.js';
import { useLocale } from './layout/use-locale.js';
import { AccountPage } from './pages/account-page.js';
import { ForgotPasswordPage } from './pages/forgot-password-page.js';
import { MembersPage } from './pages/members-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { NotesPage } from './pages/notes-page.js';
import { ResetPasswordPage } from './pages/reset-password-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { SignUpPage } from './pages/sign-up-page.js';
import { VerifyEmailPage } from './pages/verify-email-page.js';

/**
 * The kit's links ("Forgot password?", "Create an account") and redirects go through the router:
 * a full page load would restart the app, and in embedded mode the in-page mock with it.
 */
function RoutedAuthProvider({
  auth,
  appearance,
  localization,
  children,
}: {
  auth: DemoAuth;
  appearance: Appearance;
  localization: AuthLocalization | undefined;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <AuthProvider
      client={auth.client}
      appearance={appearance}
      localization={localization}
      navigate={navigate}
    >
      {children}
    </AuthProvider>
  );
}

export function App({ auth }: { auth: DemoAuth }) {
  const colorMode = useColorMode();
  const appearance = useMemo(() => ({ colorMode: colorMode.value }), [colorMode.value]);
  const locale = useLocale();
  return (
    <DemoAuthContext.Provider value={auth}>
      <BrowserRouter>
        <RoutedAuthProvider auth={auth} appearance={appearance} localization={locale.localization}>
          <Routes>
            <Route element={<AppShell colorMode={colorMode} locale={locale} />}>
              <Route index element={<Navigate to="/notes" replace />} />
              <Route path="sign-in" element={<SignInPage />} />
              <Route path="sign-up" element={<SignUpPage />} />
              <Route path="forgot-password" element={<ForgotPasswordPage />} />
              <Route path="reset-password" element={<ResetPasswordPage />} />
              <Route path="verify-email" element={<VerifyEmailPage />} />
              <Route element={<RequireSignIn />}>
                <Route path="notes" element={<NotesPage />} />
                <Route path="account" element={<AccountPage />} />
                <Route path="members" element={<MembersPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </RoutedAuthProvider>
      </BrowserRouter>
    </DemoAuthContext.Provider>
  );
}
