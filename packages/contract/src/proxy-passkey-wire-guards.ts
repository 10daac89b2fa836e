import type { ProxyPasskeyEndpointId } from './proxy-passkey-wire.js';
import type { ProxyResponses } from './proxy-wire.js';
import { type Guard, isSessionsEndedAnswer, isSignedInAnswer } from './proxy-wire-guards.js';
import { isListPasskeysResponse, isPasskeyAnswer } from './responses.js';
import { isPasskeyCreationOptions, isPasskeyRequestOptions } from './webauthn-json.js';

/** One answer guard per passkey endpoint, for the passkey transport loaded by the first passkey action. */
export const proxyPasskeyResponseGuards: {
  readonly [E in ProxyPasskeyEndpointId]: Guard<ProxyResponses[E]>;
} = {
  passkeySignInOptions: isPasskeyRequestOptions,
  verifyPasskeySignIn: isSignedInAnswer,
  passkeyRegistrationOptions: isPasskeyCreationOptions,
  verifyPasskeyRegistration: isPasskeyAnswer,
  listPasskeys: isListPasskeysResponse,
  renamePasskey: isPasskeyAnswer,
  deletePasskey: isSessionsEndedAnswer,
};
