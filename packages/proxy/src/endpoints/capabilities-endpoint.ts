import type { ProxyCapabilitiesAnswer } from '@authflow-ui/contract';
import { jsonAnswer } from '../proxy-answers.js';
import { failureAnswer } from './endpoint-helpers.js';
import type { EndpointHandler } from './endpoint-input.js';
import { passkeysServed } from './passkey-availability.js';

/** Sessions are this proxy's own; passkeys follow its options and AuthFlow's discovery document. */
export const handleCapabilities: EndpointHandler<'capabilities'> = async ({ context }) => {
  const served = await passkeysServed(context);
  if (served.outcome === 'failed') return failureAnswer(served.failure);
  const answer: ProxyCapabilitiesAnswer = { sessions: true, passkeys: served.served };
  return jsonAnswer(answer);
};
