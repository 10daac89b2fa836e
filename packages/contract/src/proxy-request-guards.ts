import { isRecord } from './is-record.js';
import {
  type ProxyEndpointId,
  type ProxyFieldSpec,
  type ProxyRequests,
  proxyEndpoints,
} from './proxy-wire.js';

/** The proxy's check of each browser body against its endpoint's field list. */

type Guard<T> = (value: unknown) => value is T;

/** True when `value` is an object with exactly the listed fields, each of its declared type. */
export function hasProxyFields(value: unknown, fields: readonly ProxyFieldSpec[]): boolean {
  if (!isRecord(value)) return false;
  const known = new Set(fields.map((field) => field.name));
  if (Object.keys(value).some((key) => !known.has(key))) return false;
  return fields.every((field) => {
    const fieldValue = value[field.name];
    if (fieldValue === undefined) return !field.required;
    if (field.type === 'boolean') return typeof fieldValue === 'boolean';
    return typeof fieldValue === 'string' && (!field.required || fieldValue.length > 0);
  });
}

const request =
  <E extends ProxyEndpointId>(endpoint: E): Guard<ProxyRequests[E]> =>
  (value): value is ProxyRequests[E] =>
    hasProxyFields(value, proxyEndpoints[endpoint].fields);

/** One request-body guard per endpoint. */
export const proxyRequestGuards: { readonly [E in ProxyEndpointId]: Guard<ProxyRequests[E]> } = {
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
};
