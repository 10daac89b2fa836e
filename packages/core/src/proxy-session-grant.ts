import type { SignedInAnswer } from '@authflow-ui/contract';
import type { SessionGrant } from './transport.js';

/** A session the proxy answered with: the token stays on the proxy, the page gets who and until when. */
export function proxySessionGrant(answer: SignedInAnswer): SessionGrant {
  return {
    token: null,
    confirmed: { user: answer.user, expiresAt: answer.expiresAt, twoFactor: answer.twoFactor },
  };
}
