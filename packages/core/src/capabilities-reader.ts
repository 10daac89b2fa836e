import { advertisesGroup } from '@authflow-ui/contract';
import type { AuthCapabilities, CallOptions } from './auth-client.js';
import type { Transport } from './transport.js';

/**
 * `client.capabilities()`. Sessions come with the transport: the proxy this kit ships keeps them,
 * and AuthFlow's four route groups have none. Passkeys are read from the discovery document, asked
 * once and remembered for the client's life; a failure is not remembered, so the next call asks
 * again. A transport that cannot carry the passkeys group asks nothing.
 */
export function createCapabilitiesReader(
  transport: Transport,
): (options?: CallOptions) => Promise<AuthCapabilities> {
  const sessions = transport.accountSecurity !== null;
  let known: Promise<AuthCapabilities> | null = null;
  return (options = {}) => {
    if (transport.passkeys === null) return Promise.resolve({ sessions, passkeys: false });
    if (known === null) {
      const asked = transport
        .discover(options)
        .then((document) => ({ sessions, passkeys: advertisesGroup(document, 'passkeys') }));
      known = asked;
      asked.catch(() => {
        if (known === asked) known = null;
      });
    }
    return known;
  };
}
