import { errorAnswer } from '../proxy-answers.js';
import { failureAnswer } from './endpoint-helpers.js';
import type { ProxyContext } from './endpoint-input.js';

/**
 * `null` when AuthFlow's discovery document lists the `passkeys` group; otherwise the answer a
 * passkey endpoint gives instead of calling AuthFlow: 404 `not_found` against a backend without
 * the group, or the failure that kept the document from being read.
 */
export async function passkeysUnavailable(context: ProxyContext): Promise<Response | null> {
  const served = await context.discovery.serves('passkeys');
  if (served.outcome === 'failed') return failureAnswer(served.failure);
  return served.served ? null : errorAnswer('not_found', { message: 'Passkeys are not available here.' });
}
