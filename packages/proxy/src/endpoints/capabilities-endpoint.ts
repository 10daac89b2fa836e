import type { ProxyCapabilitiesAnswer } from '@authflow-ui/contract';
import { jsonAnswer } from '../proxy-answers.js';
import { failureAnswer } from './endpoint-helpers.js';
import type { EndpointHandler } from './endpoint-input.js';

/** Sessions are this proxy's own; passkeys follow AuthFlow's discovery document (kept a few minutes). */
export const handleCapabilities: EndpointHandler<'capabilities'> = async ({ context }) => {
  const served = await context.discovery.serves('passkeys');
  if (served.outcome === 'failed') return failureAnswer(served.failure);
  const answer: ProxyCapabilitiesAnswer = { sessions: true, passkeys: served.served };
  return jsonAnswer(answer);
};
