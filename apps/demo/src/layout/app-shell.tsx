import { type ColorMode, SignedIn, SignedOut, UserButton, useUser } from '@authflow-ui/react';
import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useDemoAuth } from '../demo-auth/demo-auth-context.js';
import { type ColorModeSetting, isColorMode } from './use-color-mode.js';
import { isLocaleTag, type LocaleSetting, localeOptions } from './use-locale.js';

// Development tooling for the mocks only: a build for a real backend (VITE_AUTH_URL without
// VITE_DEV_MOCK_URL) drops it entirely.
const DevInbox =
  import.meta.env.VITE_AUTH_URL && !import.meta.env.VITE_DEV_MOCK_URL
    ? null
    : lazy(() => import('../dev-inbox/dev-inbox.js').then((module) => ({ default: module.DevInbox })));

const colorModes: { value: ColorMode; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Header, navigation and the page; the dev inbox joins them when a mock answers. */
export function AppShell({ colorMode, locale }: { colorMode: ColorModeSetting; locale: LocaleSetting }) {
  const auth = useDemoAuth();
  const user = useUser();
  const { pathname } = useLocation();
  const isOwner = user !== null && user.email === auth.ownerEmail;
  return (
    <div className="shell">
      <header className="shell-header">
        <Link to="/notes" className="brand">
          <span aria-hidden="true" className="brand-mark">
            ✎
          </span>
          Notes
        </Link>
        <SignedIn>
          <nav aria-label="Main" className="shell-nav">
            <NavLink to="/notes">Notes</NavLink>
            <NavLink to="/account">Account</NavLink>
            {isOwner && <NavLink to="/members">Members</NavLink>}
          </nav>
        </SignedIn>
        <div className="shell-actions">
          <label className="theme-picker">
            <span>Language</span>
            <select
              value={locale.tag}
              onChange={(event) => {
                if (isLocaleTag(event.target.value)) locale.set(event.target.value);
              }}
            >
              {localeOptions.map((option) => (
                <option key={option.tag} value={option.tag} lang={option.tag}>
                  {option.title}
                </option>
              ))}
            </select>
          </label>
          <label className="theme-picker">
            <span>Theme</span>
            <select
              value={colorMode.value}
              onChange={(event) => {
                if (isColorMode(event.target.value)) colorMode.set(event.target.value);
              }}
            >
              {colorModes.map((mode) => (
                <option key={mode.value} value={mode.value}>
                  {mode.label}
                </option>
              ))}
            </select>
          </label>
          <SignedIn>
            <UserButton
              manageMfaHref="/account#two-step"
              changePasswordHref="/account#password"
              passkeysHref="/account#passkeys"
              devicesHref="/account#devices"
            />
          </SignedIn>
          {pathname !== '/sign-in' && (
            <SignedOut>
              <Link to="/sign-in" className="button-link">
                Sign in
              </Link>
            </SignedOut>
          )}
        </div>
      </header>
      <main className="shell-main">
        <Outlet />
      </main>
      {DevInbox && auth.devMock && (
        <Suspense fallback={null}>
          <DevInbox devMock={auth.devMock} />
        </Suspense>
      )}
    </div>
  );
}
