import type { RouteId, RouteResponses } from '@authflow-ui/contract';
import type { RouteParameters } from './call-route.js';
import type { PasskeyTransport } from './passkey-transport.js';
import type { SessionCredentials, TransportCallOptions } from './transport.js';

export interface DirectPasskeyTransportOptions {
  call: <R extends RouteId>(
    routeId: R,
    params: RouteParameters<R>,
    options: TransportCallOptions,
  ) => Promise<RouteResponses[R]>;
  /** The organization key the sign-in routes take; throws `configuration` without one. */
  apiKey: (routeId: 'passkeyLoginOptions' | 'verifyPasskeyLogin') => string;
  sessionBody: (session: SessionCredentials) => {
    sessionToken: string;
    email: string;
    org_id: string;
    role: string;
  };
}

/** The `passkeys` routes called from this process, with the session's identity on the signed-in ones. */
export function createDirectPasskeyTransport({
  call,
  apiKey,
  sessionBody,
}: DirectPasskeyTransportOptions): PasskeyTransport {
  return {
    registrationOptions: (session, options) =>
      call('passkeyRegistrationOptions', sessionBody(session), options),
    verifyRegistration: async (session, input, options) => {
      const { passkey } = await call(
        'verifyPasskeyRegistration',
        {
          ...sessionBody(session),
          response: input.response,
          ...(input.name === undefined ? {} : { name: input.name }),
        },
        options,
      );
      return passkey;
    },
    list: async (session, options) => (await call('listPasskeys', sessionBody(session), options)).passkeys,
    rename: async (session, input, options) =>
      (await call('renamePasskey', { ...sessionBody(session), id: input.id, name: input.name }, options))
        .passkey,
    remove: async (session, input, options) => {
      await call(
        'deletePasskey',
        { ...sessionBody(session), id: input.id, password: input.password },
        options,
      );
    },
    loginOptions: (input, options) =>
      call(
        'passkeyLoginOptions',
        {
          api_key: apiKey('passkeyLoginOptions'),
          role: input.role,
          ...(input.email === undefined ? {} : { email: input.email }),
        },
        options,
      ),
    verifyLogin: async (input, options) => {
      const { token, twoFactor } = await call(
        'verifyPasskeyLogin',
        { api_key: apiKey('verifyPasskeyLogin'), role: input.role, response: input.response },
        options,
      );
      return { token, twoFactor: twoFactor ?? 'disabled' };
    },
  };
}
