import { isRecord } from './is-record.js';

/**
 * The JSON forms of WebAuthn's options and credentials (WebAuthn Level 3, "JSON serialization"),
 * as `@simplewebauthn/server` produces and `@simplewebauthn/browser` consumes them. Binary
 * fields travel as base64url text. The contract package imports nothing, so the shapes are
 * written out here; both libraries accept and return these same shapes.
 */

/** Base64url text without padding. */
export type Base64UrlString = string;

export type AuthenticatorTransportName =
  | 'ble'
  | 'cable'
  | 'hybrid'
  | 'internal'
  | 'nfc'
  | 'smart-card'
  | 'usb';

export interface PasskeyCredentialDescriptor {
  id: Base64UrlString;
  type: 'public-key';
  transports?: AuthenticatorTransportName[];
}

/** What `navigator.credentials.create()` needs, as JSON. */
export interface PasskeyCreationOptions {
  rp: { id?: string; name: string };
  user: { id: Base64UrlString; name: string; displayName: string };
  challenge: Base64UrlString;
  pubKeyCredParams: { alg: number; type: 'public-key' }[];
  timeout?: number;
  excludeCredentials?: PasskeyCredentialDescriptor[];
  authenticatorSelection?: {
    authenticatorAttachment?: 'platform' | 'cross-platform';
    requireResidentKey?: boolean;
    residentKey?: 'discouraged' | 'preferred' | 'required';
    userVerification?: 'discouraged' | 'preferred' | 'required';
  };
  attestation?: 'direct' | 'enterprise' | 'indirect' | 'none';
  extensions?: object;
}

/** What `navigator.credentials.get()` needs, as JSON. No `allowCredentials`: any discoverable passkey. */
export interface PasskeyRequestOptions {
  challenge: Base64UrlString;
  timeout?: number;
  rpId?: string;
  allowCredentials?: PasskeyCredentialDescriptor[];
  userVerification?: 'discouraged' | 'preferred' | 'required';
  extensions?: object;
}

/** A new credential, as the browser library returns it from a registration ceremony. */
export interface PasskeyRegistrationResponse {
  id: Base64UrlString;
  rawId: Base64UrlString;
  response: {
    clientDataJSON: Base64UrlString;
    attestationObject: Base64UrlString;
    authenticatorData?: Base64UrlString;
    transports?: AuthenticatorTransportName[];
    publicKeyAlgorithm?: number;
    publicKey?: Base64UrlString;
  };
  authenticatorAttachment?: 'platform' | 'cross-platform';
  clientExtensionResults: object;
  type: 'public-key';
}

/** A signed challenge, as the browser library returns it from an authentication ceremony. */
export interface PasskeyAuthenticationResponse {
  id: Base64UrlString;
  rawId: Base64UrlString;
  response: {
    clientDataJSON: Base64UrlString;
    authenticatorData: Base64UrlString;
    signature: Base64UrlString;
    userHandle?: Base64UrlString;
  };
  authenticatorAttachment?: 'platform' | 'cross-platform';
  clientExtensionResults: object;
  type: 'public-key';
}

const base64Url = /^[A-Za-z0-9_-]*$/;

function isBase64Url(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && base64Url.test(value);
}

function isOptional(value: unknown, guard: (item: unknown) => boolean): boolean {
  return value === undefined || guard(value);
}

/** Unknown transport names are tolerated by WebAuthn; only their type is checked. */
function isTransportList(value: unknown): value is AuthenticatorTransportName[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isCredentialDescriptor(value: unknown): value is PasskeyCredentialDescriptor {
  return (
    isRecord(value) &&
    isBase64Url(value.id) &&
    value.type === 'public-key' &&
    isOptional(value.transports, isTransportList)
  );
}

function isDescriptorList(value: unknown): boolean {
  return Array.isArray(value) && value.every(isCredentialDescriptor);
}

export function isPasskeyCreationOptions(value: unknown): value is PasskeyCreationOptions {
  if (!isRecord(value) || !isRecord(value.rp) || !isRecord(value.user)) return false;
  const { rp, user } = value;
  return (
    typeof rp.name === 'string' &&
    isOptional(rp.id, (id) => typeof id === 'string') &&
    isBase64Url(user.id) &&
    typeof user.name === 'string' &&
    typeof user.displayName === 'string' &&
    isBase64Url(value.challenge) &&
    Array.isArray(value.pubKeyCredParams) &&
    value.pubKeyCredParams.every(
      (parameter) =>
        isRecord(parameter) && typeof parameter.alg === 'number' && parameter.type === 'public-key',
    ) &&
    isOptional(value.timeout, (timeout) => typeof timeout === 'number') &&
    isOptional(value.excludeCredentials, isDescriptorList) &&
    isOptional(value.authenticatorSelection, isRecord)
  );
}

export function isPasskeyRequestOptions(value: unknown): value is PasskeyRequestOptions {
  return (
    isRecord(value) &&
    isBase64Url(value.challenge) &&
    isOptional(value.timeout, (timeout) => typeof timeout === 'number') &&
    isOptional(value.rpId, (rpId) => typeof rpId === 'string') &&
    isOptional(value.allowCredentials, isDescriptorList)
  );
}

function isCredentialCommon(value: Record<string, unknown>): boolean {
  return (
    isBase64Url(value.id) &&
    value.rawId === value.id &&
    value.type === 'public-key' &&
    isRecord(value.clientExtensionResults) &&
    isOptional(value.authenticatorAttachment, (item) => item === 'platform' || item === 'cross-platform')
  );
}

export function isPasskeyRegistrationResponse(value: unknown): value is PasskeyRegistrationResponse {
  if (!isRecord(value) || !isRecord(value.response) || !isCredentialCommon(value)) return false;
  const { response } = value;
  return (
    isBase64Url(response.clientDataJSON) &&
    isBase64Url(response.attestationObject) &&
    isOptional(response.transports, isTransportList)
  );
}

export function isPasskeyAuthenticationResponse(value: unknown): value is PasskeyAuthenticationResponse {
  if (!isRecord(value) || !isRecord(value.response) || !isCredentialCommon(value)) return false;
  const { response } = value;
  return (
    isBase64Url(response.clientDataJSON) &&
    isBase64Url(response.authenticatorData) &&
    isBase64Url(response.signature) &&
    isOptional(response.userHandle, isBase64Url)
  );
}
