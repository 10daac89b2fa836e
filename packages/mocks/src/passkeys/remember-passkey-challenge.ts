import { mockLifetimes } from '../constants.js';
import type { PasskeyChallenge } from '../create-mock-store.js';
import type { MockContext } from '../mock-context.js';

/** Whom a challenge is for and which ceremony, before the clock gives it an expiry. */
type ChallengeOwner =
  | Omit<Extract<PasskeyChallenge, { purpose: 'registration' }>, 'expiresAt'>
  | Omit<Extract<PasskeyChallenge, { purpose: 'login' }>, 'expiresAt'>;

/** Keeps a challenge just handed out for 5 minutes, dropping the ones that expired unused. */
export function rememberPasskeyChallenge(
  context: MockContext,
  challenge: string,
  issued: ChallengeOwner,
): void {
  const now = context.now();
  const { passkeyChallenges } = context.store;
  for (const [text, entry] of passkeyChallenges) {
    if (entry.expiresAt <= now) passkeyChallenges.delete(text);
  }
  passkeyChallenges.set(challenge, { ...issued, expiresAt: now + mockLifetimes.passkeyChallengeMs });
}
