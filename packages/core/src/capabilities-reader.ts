import { advertisesGroup } from '@authflow-ui/contract';
import type { CallOptions, Capabilities } from './auth-client.js';
import type { Transport } from './transport.js';

/**
 * `client.capabilities()`: discovery asked once, its answer remembered for the client's life. A
 * failure is not remembered, so the next call asks again. A transport that cannot carry the
 * passkeys group answers `passkeys: false` without asking anything.
 */
export function createCapabilitiesReader(
  transport: Transport,
): (options?: CallOptions) => Promise<Capabilities> {
  let known: Promise<Capabilities> | null = null;
  return (options = {}) => {
    if (transport.passkeys === null) return Promise.resolve({ passkeys: false });
    if (known === null) {
      const asked = transport
        .discover(options)
        .then((document) => ({ passkeys: advertisesGroup(document, 'passkeys') }));
      known = asked;
      asked.catch(() => {
        if (known === asked) known = null;
      });
    }
    return known;
  };
}
