import type { ProxyEndpointSpec } from './proxy-wire.js';
import type { Passkey } from './responses.js';
import type { PasskeyAuthenticationResponse, PasskeyRegistrationResponse } from './webauthn-json.js';

/**
 * The `passkeys` extension group on the proxy's wire (`docs/passkeys.md`, `docs/proxy.md`). The
 * proxy serves these endpoints only while AuthFlow's discovery document lists the group; otherwise
 * each answers 404 `not_found` without calling AuthFlow's passkey routes. The role, the API key and
 * the session's identity come from the proxy, never from the browser.
 */

const text = (name: string, required = true) => ({ name, type: 'string', required }) as const;
const object = (name: string) => ({ name, type: 'object', required: true }) as const;

/** Where each passkey endpoint answers, under the base path: what the passkey transport reads. */
export const proxyPasskeyPaths = {
  passkeySignInOptions: '/passkeys/sign-in/options',
  verifyPasskeySignIn: '/passkeys/sign-in/verify',
  passkeyRegistrationOptions: '/passkeys/register/options',
  verifyPasskeyRegistration: '/passkeys/register/verify',
  listPasskeys: '/passkeys/list',
  renamePasskey: '/passkeys/rename',
  deletePasskey: '/passkeys/delete',
} as const;

export const proxyPasskeyEndpoints = {
  passkeySignInOptions: {
    path: proxyPasskeyPaths.passkeySignInOptions,
    summary: 'Start a passkey sign-in: WebAuthn request options whose challenge is bound to this cookie.',
    requires: 'none',
    rateLimit: 'signIn',
    fields: [text('email', false)],
    upstream: ['passkeyLoginOptions'],
  },
  verifyPasskeySignIn: {
    path: proxyPasskeyPaths.verifyPasskeySignIn,
    summary: 'Finish a passkey sign-in with the signed challenge: the same session as a password sign-in.',
    requires: 'passkeyChallenge',
    rateLimit: 'signIn',
    fields: [object('response')],
    upstream: ['verifyPasskeyLogin', 'me'],
  },
  passkeyRegistrationOptions: {
    path: proxyPasskeyPaths.passkeyRegistrationOptions,
    summary:
      'Start adding a passkey to the signed-in account: WebAuthn creation options. A new way in ' +
      'that outlives a password change, so it needs a recent proof of identity.',
    requires: 'recentSession',
    rateLimit: null,
    fields: [],
    upstream: ['passkeyRegistrationOptions'],
  },
  verifyPasskeyRegistration: {
    path: proxyPasskeyPaths.verifyPasskeyRegistration,
    summary: 'Save the new credential as a passkey of the signed-in account.',
    requires: 'session',
    rateLimit: 'codes',
    fields: [object('response'), text('name', false)],
    upstream: ['verifyPasskeyRegistration'],
  },
  listPasskeys: {
    path: proxyPasskeyPaths.listPasskeys,
    summary: 'The signed-in account’s passkeys.',
    requires: 'session',
    rateLimit: null,
    fields: [],
    upstream: ['listPasskeys'],
  },
  renamePasskey: {
    path: proxyPasskeyPaths.renamePasskey,
    summary: 'Rename one of the signed-in account’s passkeys.',
    requires: 'session',
    rateLimit: null,
    fields: [text('id'), text('name')],
    upstream: ['renamePasskey'],
  },
  deletePasskey: {
    path: proxyPasskeyPaths.deletePasskey,
    summary: 'Remove a passkey (password confirmation); the account’s other sessions end.',
    requires: 'recentSession',
    rateLimit: 'signIn',
    fields: [text('id'), text('password')],
    upstream: ['deletePasskey'],
  },
} as const satisfies Record<string, ProxyEndpointSpec>;

export type ProxyPasskeyEndpointId = keyof typeof proxyPasskeyEndpoints;

/** Without `email`, any discoverable passkey of the site may answer (usernameless, autofill). */
export interface PasskeySignInOptionsRequest {
  email?: string;
}

/** The signed challenge as `@simplewebauthn/browser` returns it. */
export interface VerifyPasskeySignInRequest {
  response: PasskeyAuthenticationResponse;
}

export interface VerifyPasskeyRegistrationRequest {
  response: PasskeyRegistrationResponse;
  /** Shown in the list; the backend names it when absent. */
  name?: string;
}

export interface RenamePasskeyRequest {
  id: string;
  name: string;
}

export interface DeletePasskeyRequest {
  id: string;
  password: string;
}

export interface PasskeyAnswer {
  passkey: Passkey;
}

export interface PasskeysAnswer {
  passkeys: Passkey[];
}
