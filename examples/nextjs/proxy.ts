import { type NextRequest, NextResponse } from 'next/server';
import { authProxy } from './auth-proxy';

/**
 * Next.js's request interceptor (`proxy.ts`, once `middleware.ts`; it runs on Node.js). A
 * signed-out request for a protected page gets its redirect here, with no HTML at all; the page
 * checks again, since a session can end between the two.
 */
export async function proxy(request: NextRequest) {
  const session = await authProxy().getSession(request);
  if (session.status === 'signedIn') return NextResponse.next();
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('redirect_url', request.nextUrl.pathname);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ['/account/:path*'] };
