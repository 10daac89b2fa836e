import { decodeClientDataJSON } from '@simplewebauthn/server/helpers';
import type { PasskeyChallenge } from '../create-mock-store.js';
import type { MockContext } from '../mock-context.js';

export type TakenChallenge = PasskeyChallenge & { readonly challenge: string };

/**
 * The challenge a ceremony signed, read from its `clientDataJSON` and spent at once: whatever
 * happens next, the same challenge never verifies twice. `null` when it was never issued, was
 * already used, has expired, or was issued for the other ceremony.
 */
export function takePasskeyChallenge(
  context: MockContext,
  clientDataJSON: string,
  purpose: PasskeyChallenge['purpose'],
): TakenChallenge | null {
  let challenge: string;
  try {
    ({ challenge } = decodeClientDataJSON(clientDataJSON));
  } catch {
    return null;
  }
  if (typeof challenge !== 'string') return null;
  const issued = context.store.passkeyChallenges.get(challenge);
  if (issued === undefined) return null;
  context.store.passkeyChallenges.delete(challenge);
  if (issued.purpose !== purpose || issued.expiresAt <= context.now()) return null;
  return { ...issued, challenge };
}
