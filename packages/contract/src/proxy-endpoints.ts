import { isRecord } from './is-record.js';
import { proxyPasskeyEndpoints } from './proxy-passkey-wire.js';
import { proxyPasskeyResponseGuards } from './proxy-passkey-wire-guards.js';
import { type ProxyRequests, type ProxyResponses, proxyAuthFlowEndpoints } from './proxy-wire.js';
import { type Guard, hasProxyFields, proxyAuthFlowResponseGuards } from './proxy-wire-guards.js';
import { isPasskeyAuthenticationResponse, isPasskeyRegistrationResponse } from './webauthn-json.js';

/**
 * Every endpoint of the wire, AuthFlow's and the extension groups', for the proxy itself, tests
 * and documentation. Browser code imports the table it calls instead (`proxyAuthFlowEndpoints`,
 * `proxyPasskeyEndpoints`), so this module stays out of a page's bundle.
 */
export const proxyEndpoints = { ...proxyAuthFlowEndpoints, ...proxyPasskeyEndpoints };

export type ProxyEndpointId = keyof typeof proxyEndpoints;

/** Endpoint ids in table order. */
export const proxyEndpointIds = Object.keys(proxyEndpoints) as ProxyEndpointId[];

const request =
  <E extends ProxyEndpointId>(endpoint: E): Guard<ProxyRequests[E]> =>
  (value): value is ProxyRequests[E] =>
    hasProxyFields(value, proxyEndpoints[endpoint].fields);

/** A body of the endpoint's fields whose `response` is also a credential of the expected kind. */
const withCredential =
  <E extends 'verifyPasskeySignIn' | 'verifyPasskeyRegistration'>(
    endpoint: E,
    isCredential: (value: unknown) => boolean,
  ): Guard<ProxyRequests[E]> =>
  (value): value is ProxyRequests[E] =>
    request(endpoint)(value) && isRecord(value) && isCredential(value.response);

/** One request-body guard per endpoint: the proxy checks each browser body against it. */
export const proxyRequestGuards: { readonly [E in ProxyEndpointId]: Guard<ProxyRequests[E]> } = {
  capabilities: request('capabilities'),
  session: request('session'),
  signUp: request('signUp'),
  signIn: request('signIn'),
  signOut: request('signOut'),
  verifyTotp: request('verifyTotp'),
  sendEmailCode: request('sendEmailCode'),
  verifyEmailCode: request('verifyEmailCode'),
  verifyRecoveryCode: request('verifyRecoveryCode'),
  enableTwoFactor: request('enableTwoFactor'),
  verifyTwoFactorSetup: request('verifyTwoFactorSetup'),
  disableTwoFactor: request('disableTwoFactor'),
  regenerateRecoveryCodes: request('regenerateRecoveryCodes'),
  changePassword: request('changePassword'),
  forgotPassword: request('forgotPassword'),
  resetPassword: request('resetPassword'),
  verifyEmail: request('verifyEmail'),
  resendVerificationEmail: request('resendVerificationEmail'),
  deleteUser: request('deleteUser'),
  sessions: request('sessions'),
  revokeSession: request('revokeSession'),
  revokeOtherSessions: request('revokeOtherSessions'),
  reauthenticate: request('reauthenticate'),
  reauthenticateSendEmailCode: request('reauthenticateSendEmailCode'),
  reauthenticateVerifyTotp: request('reauthenticateVerifyTotp'),
  reauthenticateVerifyEmailCode: request('reauthenticateVerifyEmailCode'),
  reauthenticateVerifyRecoveryCode: request('reauthenticateVerifyRecoveryCode'),
  passkeySignInOptions: request('passkeySignInOptions'),
  verifyPasskeySignIn: withCredential('verifyPasskeySignIn', isPasskeyAuthenticationResponse),
  passkeyRegistrationOptions: request('passkeyRegistrationOptions'),
  verifyPasskeyRegistration: withCredential('verifyPasskeyRegistration', isPasskeyRegistrationResponse),
  listPasskeys: request('listPasskeys'),
  renamePasskey: request('renamePasskey'),
  deletePasskey: request('deletePasskey'),
};

/** One answer guard per endpoint: a 200 whose body fails it is an invalid response. */
export const proxyResponseGuards: { readonly [E in ProxyEndpointId]: Guard<ProxyResponses[E]> } = {
  ...proxyAuthFlowResponseGuards,
  ...proxyPasskeyResponseGuards,
};
