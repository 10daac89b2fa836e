import type { AuthCapabilities, CallOptions } from './auth-client.js';
import type { Transport } from './transport.js';

/**
 * `client.capabilities()`: the transport's answer (AuthFlow's discovery document directly, the
 * proxy's `/capabilities` through it), asked once and remembered for the client's life. A failure
 * is not remembered, so the next call asks again.
 */
export function createCapabilitiesReader(
  transport: Transport,
): (options?: CallOptions) => Promise<AuthCapabilities> {
  let known: Promise<AuthCapabilities> | null = null;
  return (options = {}) => {
    if (known === null) {
      const asked = transport.capabilities(options);
      known = asked;
      asked.catch(() => {
        if (known === asked) known = null;
      });
    }
    return known;
  };
}
