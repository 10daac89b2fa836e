import type { ServerSession } from '@authflow-ui/proxy';
import { headers } from 'next/headers';
import { cache } from 'react';
import { authProxy } from './auth-proxy';

/**
 * Who is signed in for the request being rendered, asked once per request however many server
 * components want it (the layout and the page both do). Reading the headers first makes every
 * page that asks render per request, never at build time.
 */
export const serverSession = cache(async (): Promise<ServerSession> => {
  const requestHeaders = await headers();
  return authProxy().getSession(requestHeaders);
});
