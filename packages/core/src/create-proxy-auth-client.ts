import { type AuthClientOptions, assembleAuthClient } from './assemble-auth-client.js';
import type { AuthClient } from './auth-client.js';
import { AuthError } from './auth-error.js';
import { createProxyTransport } from './proxy-transport.js';

/** Options of a proxy-mode client: no key and no mode, the proxy holds both. */
export type ProxyAuthClientOptions = Omit<AuthClientOptions, 'apiKey' | 'dangerouslyAllowBrowser' | 'mode'>;

/**
 * Creates a client that talks only to `@authflow-ui/proxy`. Same client as
 * `createAuthClient({ ...options, mode: 'proxy' })`, but a browser bundle built on it carries no
 * direct transport.
 */
export function createProxyAuthClient(options: ProxyAuthClientOptions): AuthClient {
  if ('apiKey' in options) {
    throw new AuthError(
      'configuration',
      'createProxyAuthClient was given an apiKey: the key belongs in the options of @authflow-ui/proxy on the server',
    );
  }
  const proxyOptions: AuthClientOptions = { ...options, mode: 'proxy' };
  return assembleAuthClient(proxyOptions, createProxyTransport);
}
