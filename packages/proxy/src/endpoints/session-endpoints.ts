import type { SignedOutAnswer } from '@authflow-ui/contract';
import { jsonAnswer } from '../proxy-answers.js';
import { confirmSession } from './confirm-session.js';
import { failureAnswer } from './endpoint-helpers.js';
import type { EndpointHandler } from './endpoint-input.js';

const signedOut: SignedOutAnswer = { status: 'signedOut' };

/** Who is signed in (see `confirmSession`); a record AuthFlow rejected takes its cookie with it. */
export const handleSession: EndpointHandler<'session'> = async ({ context, stored }) => {
  const confirmed = await confirmSession(context, stored);
  if (confirmed.outcome === 'failed') return failureAnswer(confirmed.failure);
  const { answer, clearCookie } = confirmed;
  return jsonAnswer(answer, { cookies: clearCookie === null ? [] : [clearCookie] });
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
