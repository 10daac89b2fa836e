import { proxyPasskeyPaths, proxyPasskeyResponseGuards } from '@authflow-ui/contract';
import type { PasskeyTransport } from './passkey-transport.js';
import { createProxyPost, type ProxyTransportOptions } from './proxy-post.js';
import { proxySessionGrant } from './proxy-session-grant.js';

const empty: Record<string, never> = {};

/**
 * The `passkeys` group through `@authflow-ui/proxy`, loaded by the first passkey action. The proxy
 * adds the key, the role and the session's identity, keeps the sign-in challenge bound to this
 * browser's cookie, and answers a passkey sign-in with the same session a password sign-in gets.
 */
export function createProxyPasskeyTransport(options: ProxyTransportOptions): PasskeyTransport {
  const post = createProxyPost(options, {
    paths: proxyPasskeyPaths,
    guards: proxyPasskeyResponseGuards,
  });
  return {
    registrationOptions: (_session, callOptions) => post('passkeyRegistrationOptions', empty, callOptions),
    verifyRegistration: async (_session, input, callOptions) =>
      (
        await post(
          'verifyPasskeyRegistration',
          { response: input.response, ...(input.name === undefined ? {} : { name: input.name }) },
          callOptions,
        )
      ).passkey,
    list: async (_session, callOptions) => (await post('listPasskeys', empty, callOptions)).passkeys,
    rename: async (_session, input, callOptions) =>
      (await post('renamePasskey', { id: input.id, name: input.name }, callOptions)).passkey,
    remove: async (_session, input, callOptions) => {
      await post('deletePasskey', { id: input.id, password: input.password }, callOptions);
    },
    loginOptions: (input, callOptions) =>
      post('passkeySignInOptions', input.email === undefined ? {} : { email: input.email }, callOptions),
    verifyLogin: async (input, callOptions) => {
      const answer = await post('verifyPasskeySignIn', { response: input.response }, callOptions);
      return { ...proxySessionGrant(answer), twoFactor: answer.twoFactor };
    },
  };
}
