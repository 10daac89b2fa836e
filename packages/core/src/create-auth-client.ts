import {
  type AuthClientOptions,
  assembleAuthClient,
  type TransportSettings,
} from './assemble-auth-client.js';
import type { AuthClient } from './auth-client.js';
import { AuthError } from './auth-error.js';
import { createDirectTransport } from './direct-transport.js';
import { createProxyTransport } from './proxy-transport.js';
import type { Transport } from './transport.js';

function createTransport(options: AuthClientOptions, settings: TransportSettings): Transport {
  const mode = options.mode ?? 'direct';
  switch (mode) {
    case 'direct':
      return createDirectTransport({ ...settings, apiKey: options.apiKey });
    case 'proxy':
      if (options.apiKey !== undefined) {
        throw new AuthError(
          'configuration',
          'createAuthClient was given an apiKey in proxy mode: the key belongs in the options of ' +
            '@authflow-ui/proxy on the server, never in the client',
        );
      }
      return createProxyTransport(settings);
    default:
      return mode satisfies never;
  }
}

/** Creates the AuthFlow client with its session store, in `direct` (default) or `proxy` mode. */
export function createAuthClient(options: AuthClientOptions): AuthClient {
  return assembleAuthClient(options, (settings) => createTransport(options, settings));
}
