import type {
  PasskeyAuthenticationResponse,
  PasskeyCreationOptions,
  PasskeyRegistrationResponse,
  PasskeyRequestOptions,
} from '@authflow-ui/contract';
import { isoBase64URL, isoCBOR, isoUint8Array } from '@simplewebauthn/server/helpers';

/**
 * A platform authenticator in software, for tests of passkey screens and flows against the mock: what a browser and a phone's secure element do
 * together in a WebAuthn ceremony, written with WebCrypto (ES256 keys, `none` attestation). It
 * signs whatever it is asked to, so tests can also make it misbehave: another origin, a replayed
 * or hand-set counter, no user verification.
 */

export interface SoftwareAuthenticatorOptions {
  /** The page origin the "browser" puts in `clientDataJSON`. */
  origin: string;
  /** Sets the UV flag (the person unlocked the device). Default `true`. */
  userVerified?: boolean;
  /** Sets the backup-eligible and backed-up flags (a synced passkey). Default `true`. */
  backedUp?: boolean;
}

export interface CeremonyOverrides {
  /** Another origin than the authenticator's, as a phishing page would send. */
  origin?: string;
  /** Hash this RP ID instead of the one in the options. */
  rpId?: string;
}

export interface RegistrationOverrides extends CeremonyOverrides {
  /** Register this held credential again, ignoring `excludeCredentials`, as a faulty authenticator would. */
  reuseCredentialId?: string;
}

export interface AssertionOverrides extends CeremonyOverrides {
  /** Answer with this credential even when the options do not allow it. */
  credentialId?: string;
  /** Sign this counter instead of the next one. */
  counter?: number;
}

export interface SoftwareCredential {
  readonly id: string;
  readonly rpId: string;
  readonly userHandle: string;
  readonly keyPair: CryptoKeyPair;
  counter: number;
}

/** The browser's error for an authenticator that already holds an excluded credential. */
export class InvalidStateError extends Error {
  override readonly name = 'InvalidStateError';
}

/** The browser's error when no credential answers (or the person cancels). */
export class NotAllowedError extends Error {
  override readonly name = 'NotAllowedError';
}

const flags = { userPresent: 0x01, userVerified: 0x04, backupEligible: 0x08, backedUp: 0x10, attested: 0x40 };

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

function uint32(value: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

function derInteger(bytes: Uint8Array): number[] {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  const trimmed = [...bytes.subarray(start)];
  const padded = (trimmed[0] ?? 0) >= 0x80 ? [0, ...trimmed] : trimmed;
  return [0x02, padded.length, ...padded];
}

/** WebCrypto signs ECDSA as raw `r || s`; WebAuthn carries it DER-encoded. */
function toDerSignature(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  const body = [...derInteger(raw.subarray(0, 32)), ...derInteger(raw.subarray(32))];
  return new Uint8Array([0x30, body.length, ...body]);
}

async function coseKey(publicKey: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
  return isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, raw.slice(1, 33)],
      [-3, raw.slice(33, 65)],
    ]),
  );
}

function clientData(type: 'webauthn.create' | 'webauthn.get', challenge: string, origin: string) {
  return isoUint8Array.fromUTF8String(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

export function createSoftwareAuthenticator(options: SoftwareAuthenticatorOptions) {
  const credentials: SoftwareCredential[] = [];
  const userVerified = options.userVerified ?? true;
  const backedUp = options.backedUp ?? true;
  const flagByte = (attested: boolean) =>
    flags.userPresent |
    (userVerified ? flags.userVerified : 0) |
    (backedUp ? flags.backupEligible | flags.backedUp : 0) |
    (attested ? flags.attested : 0);

  return {
    /** The credentials this authenticator holds, newest last. */
    get credentials(): readonly Readonly<SoftwareCredential>[] {
      return credentials;
    },

    /** `navigator.credentials.create()`: a new ES256 passkey for the options' RP and user. */
    async register(
      creation: PasskeyCreationOptions,
      overrides: RegistrationOverrides = {},
    ): Promise<PasskeyRegistrationResponse> {
      const rpId = overrides.rpId ?? creation.rp.id ?? new URL(options.origin).hostname;
      const reused = credentials.find((credential) => credential.id === overrides.reuseCredentialId);
      const excluded = new Set((creation.excludeCredentials ?? []).map((descriptor) => descriptor.id));
      if (reused === undefined && credentials.some((credential) => excluded.has(credential.id))) {
        throw new InvalidStateError('The authenticator already holds one of the excluded credentials.');
      }
      const keyPair =
        reused?.keyPair ??
        (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']));
      const idBytes =
        reused === undefined ? crypto.getRandomValues(new Uint8Array(16)) : isoBase64URL.toBuffer(reused.id);
      const id = isoBase64URL.fromBuffer(idBytes);
      if (reused === undefined)
        credentials.push({ id, rpId, userHandle: creation.user.id, keyPair, counter: 0 });
      const authData = isoUint8Array.concat([
        await sha256(isoUint8Array.fromUTF8String(rpId)),
        new Uint8Array([flagByte(true)]),
        uint32(0),
        new Uint8Array(16),
        new Uint8Array([0, idBytes.length]),
        idBytes,
        await coseKey(keyPair.publicKey),
      ]);
      const attestationObject = isoCBOR.encode(
        new Map<string, string | Uint8Array | Map<string, never>>([
          ['fmt', 'none'],
          ['attStmt', new Map<string, never>()],
          ['authData', authData],
        ]),
      );
      const origin = overrides.origin ?? options.origin;
      return {
        id,
        rawId: id,
        type: 'public-key',
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
        response: {
          clientDataJSON: isoBase64URL.fromBuffer(clientData('webauthn.create', creation.challenge, origin)),
          attestationObject: isoBase64URL.fromBuffer(attestationObject),
          transports: ['internal', 'hybrid'],
        },
      };
    },

    /** `navigator.credentials.get()`: signs the challenge with an allowed, or any discoverable, passkey. */
    async authenticate(
      request: PasskeyRequestOptions,
      overrides: AssertionOverrides = {},
    ): Promise<PasskeyAuthenticationResponse> {
      const rpId = request.rpId ?? new URL(options.origin).hostname;
      const allowed = (request.allowCredentials ?? []).map((descriptor) => descriptor.id);
      const credential = credentials.find((candidate) =>
        overrides.credentialId === undefined
          ? candidate.rpId === rpId && (allowed.length === 0 || allowed.includes(candidate.id))
          : candidate.id === overrides.credentialId,
      );
      if (credential === undefined) throw new NotAllowedError('No passkey for this site answered.');
      credential.counter = overrides.counter ?? credential.counter + 1;
      const authData = isoUint8Array.concat([
        await sha256(isoUint8Array.fromUTF8String(overrides.rpId ?? rpId)),
        new Uint8Array([flagByte(false)]),
        uint32(credential.counter),
      ]);
      const clientDataJSON = clientData(
        'webauthn.get',
        request.challenge,
        overrides.origin ?? options.origin,
      );
      const signed = isoUint8Array.concat([authData, await sha256(clientDataJSON)]);
      const raw = new Uint8Array(
        await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, credential.keyPair.privateKey, signed),
      );
      return {
        id: credential.id,
        rawId: credential.id,
        type: 'public-key',
        authenticatorAttachment: 'platform',
        clientExtensionResults: {},
        response: {
          clientDataJSON: isoBase64URL.fromBuffer(clientDataJSON),
          authenticatorData: isoBase64URL.fromBuffer(authData),
          signature: isoBase64URL.fromBuffer(toDerSignature(raw)),
          userHandle: credential.userHandle,
        },
      };
    },
  };
}

export type SoftwareAuthenticator = ReturnType<typeof createSoftwareAuthenticator>;
