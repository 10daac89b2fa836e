import { SignIn, toSafeRedirect, useSession } from '@authflow-ui/react';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { SessionCheckNotice } from '../layout/session-check-notice.js';

/** Where a sign-in lands: the page that sent the person here, or the notes. */
export function useReturnPath(): string {
  const [search] = useSearchParams();
  return toSafeRedirect(search.get('redirect_url')) ?? '/notes';
}

export function SignInPage() {
  const navigate = useNavigate();
  const returnPath = useReturnPath();
  const { status } = useSession();
  // Only a visit that starts signed in skips the form; a sign-in made here finishes on its own
  // (it may first warn about low recovery codes, or offer to add a passkey). Through the proxy, "starts" is when the page
  // has learnt who is signed in.
  const [arrival, setArrival] = useState(status);
  if (arrival === 'loading' && status !== 'loading') setArrival(status);
  if (arrival === 'loading') return <SessionCheckNotice />;
  if (arrival === 'signedIn') return <Navigate to={returnPath} replace />;
  return (
    <div className="auth-page">
      <SignIn
        signUpHref="/sign-up"
        forgotPasswordHref="/forgot-password"
        redirectTo={returnPath}
        promptPasskey
        navigate={(path) => navigate(path, { replace: true })}
      />
    </div>
  );
}
