import { isRecord, type PasskeyAuthenticationResponse } from '@authflow-ui/contract';
import { hashKey } from '../hash-key.js';
import type { StoredSession } from '../session-vault.js';
import type { ProxyContext } from './endpoint-input.js';

/** How long a sign-in challenge stays bound to the cookie: the contract's challenge lifetime. */
export const passkeyChallengeMs = 5 * 60_000;

const bindingKey = async (cookieId: string, challenge: string) =>
  `passkey-challenge:${await hashKey(`${cookieId}:${challenge}`)}`;

/**
 * Binds a sign-in challenge AuthFlow just issued to the browser's cookie, so only this browser can
 * answer it. A browser without a record gets an empty `pendingPasskey` one for its cookie; one
 * that has it keeps the same id, so several tabs waiting in the autofill each keep their own
 * challenge. A session or pending sign-in keeps its record: asking for options ends neither.
 * Answers the `Set-Cookie` values to send.
 */
export async function bindPasskeyChallenge(
  context: ProxyContext,
  stored: StoredSession | null,
  challenge: string,
): Promise<string[]> {
  const expiresAt = context.options.now() + passkeyChallengeMs;
  let cookieId: string;
  let cookies: string[];
  if (stored === null) {
    const started = await context.vault.start({ kind: 'pendingPasskey', expiresAt }, null);
    cookieId = started.id;
    cookies = [started.cookie];
  } else if (stored.record.kind === 'pendingPasskey') {
    cookieId = stored.id;
    cookies = [await context.vault.extend({ id: stored.id, record: { ...stored.record, expiresAt } })];
  } else {
    cookieId = stored.id;
    cookies = [];
  }
  await context.options.store.set(await bindingKey(cookieId, challenge), '1', passkeyChallengeMs);
  return cookies;
}

/**
 * Spends the challenge if this browser's cookie asked for it and it was not used yet. The store's
 * atomic counter decides between two requests that carry the same assertion at once.
 */
export async function takePasskeyChallenge(
  context: ProxyContext,
  stored: StoredSession | null,
  challenge: string,
): Promise<boolean> {
  if (stored === null) return false;
  const { store } = context.options;
  const key = await bindingKey(stored.id, challenge);
  if ((await store.get(key)) === undefined) return false;
  const { count } = await store.increment(`${key}:spent`, passkeyChallengeMs);
  await store.delete(key);
  return count === 1;
}

/** The challenge the authenticator signed, from the assertion's `clientDataJSON`; `null` if unreadable. */
export function signedChallenge(response: PasskeyAuthenticationResponse): string | null {
  try {
    const base64 = response.response.clientDataJSON.replaceAll('-', '+').replaceAll('_', '/');
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const clientData: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return isRecord(clientData) && typeof clientData.challenge === 'string' ? clientData.challenge : null;
  } catch {
    return null;
  }
}
