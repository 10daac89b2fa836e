import { AuthProvider, SignedIn, SignIn, UserButton, useUser } from '@authflow-ui/react';

function Account() {
  const user = useUser();
  return (
    <>
      <h1>Hello, {user?.fullname}</h1>
      <UserButton />
    </>
  );
}

/**
 * Two pages, picked by path: the server sends `/account` only to signed-in people, so the page
 * shows it as soon as the provider has asked the proxy who is signed in.
 */
export function App() {
  const onAccountPage = window.location.pathname === '/account';
  return (
    <AuthProvider baseUrl="/api/auth" onSignOut={() => window.location.assign('/sign-in')}>
      <main>
        {onAccountPage ? (
          <SignedIn>
            <Account />
          </SignedIn>
        ) : (
          <SignIn redirectTo="/account" />
        )}
      </main>
    </AuthProvider>
  );
}
