import type { GroupServed } from '../create-discovery-cache.js';
import { errorAnswer, type ProxyAnswer } from '../proxy-answers.js';
import { failureAnswer } from './endpoint-helpers.js';
import type { ProxyContext } from './endpoint-input.js';

/** Whether this proxy serves passkeys: turned on in its options, and listed by AuthFlow's `GET /`. */
export function passkeysServed(context: ProxyContext): Promise<GroupServed> {
  if (!context.options.passkeys) return Promise.resolve({ outcome: 'ok', served: false });
  return context.discovery.serves('passkeys');
}

/**
 * `null` when passkeys are served (see {@link passkeysServed}); otherwise the answer a passkey
 * endpoint gives instead of calling AuthFlow: 404 `not_found` when they are off, or the failure
 * that kept the discovery document from being read.
 */
export async function passkeysUnavailable(context: ProxyContext): Promise<ProxyAnswer | null> {
  const served = await passkeysServed(context);
  if (served.outcome === 'failed') return failureAnswer(served.failure);
  return served.served ? null : errorAnswer('not_found', { message: 'Passkeys are not available here.' });
}
