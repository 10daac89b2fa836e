import { type AuthClientOptions, assembleAuthClient, defaultTimeoutMs } from './assemble-auth-client.js';
import type { AuthClient } from './auth-client.js';
import { AuthError } from './auth-error.js';
import { createDirectTransport } from './direct-transport.js';
import { createProxyTransport } from './proxy-transport.js';
import type { Transport } from './transport.js';

function createTransport(options: AuthClientOptions, now: () => number): Transport {
  const mode = options.mode ?? 'direct';
  switch (mode) {
    case 'direct':
      return createDirectTransport({
        baseUrl: options.baseUrl,
        apiKey: options.apiKey,
        fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
        timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
        now,
      });
    case 'proxy':
      if (options.apiKey !== undefined) {
        throw new AuthError(
          'configuration',
          'createAuthClient was given an apiKey in proxy mode: the key belongs in the options of ' +
            '@authflow-ui/proxy on the server, never in the client',
        );
      }
      return createProxyTransport({
        baseUrl: options.baseUrl,
        fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
        timeoutMs: options.timeoutMs ?? defaultTimeoutMs,
        now,
      });
    default:
      return mode satisfies never;
  }
}

/** Creates the AuthFlow client with its session store, in `direct` (default) or `proxy` mode. */
export function createAuthClient(options: AuthClientOptions): AuthClient {
  return assembleAuthClient(options, (now) => createTransport(options, now));
}
