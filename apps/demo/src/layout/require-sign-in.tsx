import { useSession } from '@authflow-ui/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionCheckNotice } from './session-check-notice.js';

/** Sends signed-out visitors to sign in, and back here afterwards (`?redirect_url=`). */
export function RequireSignIn() {
  const { status } = useSession();
  const location = useLocation();
  // Through the proxy, the page learns who is signed in only after asking it.
  if (status === 'loading') return <SessionCheckNotice />;
  if (status === 'signedOut') {
    const back = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/sign-in?redirect_url=${encodeURIComponent(back)}`} replace />;
  }
  return <Outlet />;
}
