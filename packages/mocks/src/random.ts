/** Randomness from Web Crypto, so the same code runs in Node and in the browser worker. */

export function randomHex(byteCount: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(byteCount));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Uniform characters from `alphabet`: bytes that would bias the modulo are drawn again. */
export function randomString(length: number, alphabet: string): string {
  const limit = 256 - (256 % alphabet.length);
  let result = '';
  while (result.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < limit && result.length < length) result += alphabet[byte % alphabet.length];
    }
  }
  return result;
}

export function randomDigits(length: number): string {
  return randomString(length, '0123456789');
}

const recoveryCodeAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `count` distinct 8-character recovery codes of uppercase letters and digits. */
export function randomRecoveryCodes(count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(randomString(8, recoveryCodeAlphabet));
  return [...codes];
}

/** A WebAuthn user handle: 16 random bytes as base64url, never derived from the email. */
export function randomPasskeyUserId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
