import type { SignedOutAnswer } from '@authflow-ui/contract';
import { jsonAnswer } from '../proxy-answers.js';
import { failureAnswer, signedInAnswer } from './endpoint-helpers.js';
import type { EndpointHandler } from './endpoint-input.js';

const signedOut: SignedOutAnswer = { status: 'signedOut' };

/**
 * Who is signed in. The session is confirmed with AuthFlow each time, so a session ended
 * elsewhere (sign-out in another app, expiry, a deleted user) ends here too; a failure to reach
 * AuthFlow is reported as that failure, never as "signed out".
 */
export const handleSession: EndpointHandler<'session'> = async ({ context, stored }) => {
  if (stored === null || stored.record.kind !== 'signedIn') return jsonAnswer(signedOut);
  const session = { id: stored.id, record: stored.record };
  const me = await context.upstream.call('me', { sessionToken: session.record.token });
  if (me.outcome === 'failed') {
    const { code } = me.failure;
    if (code === 'session_expired' || code === 'user_not_found') {
      return jsonAnswer(signedOut, { cookies: [await context.vault.end(session)] });
    }
    return failureAnswer(me.failure);
  }
  session.record = {
    ...session.record,
    user: { email: me.body.email, fullname: me.body.fullname, role: me.body.role, orgId: me.body.org_id },
  };
  await context.vault.save(session);
  return jsonAnswer(signedInAnswer(session.record));
};

/**
 * Ends the session at AuthFlow, forgets it here and clears the cookie. The answer is "signed
 * out" even when AuthFlow cannot be reached: this browser's access ends with the record.
 */
export const handleSignOut: EndpointHandler<'signOut'> = async ({ context, stored }) => {
  if (stored !== null && stored.record.kind === 'signedIn') {
    await context.upstream.call('logout', {
      sessionToken: stored.record.token,
      email: stored.record.user.email,
    });
  }
  return jsonAnswer(signedOut, {
    cookies: [await context.vault.end(stored)],
    headers: { 'clear-site-data': '"cookies", "storage"' },
  });
};
