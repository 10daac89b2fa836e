import { findDuplicateKey } from './find-duplicate-key.js';
import type { BodyLimits, ProxyCall } from './proxy-call.js';

/** Why a body was refused; each reason has its own message (see `bodyRefusalMessages`). */
export type JsonBodyRefusal = 'malformed' | 'byteOrderMark' | 'duplicateKey' | 'lengthMismatch';

export type JsonBodyResult =
  | { outcome: 'parsed'; value: unknown }
  | { outcome: 'tooLarge' }
  | { outcome: 'refused'; reason: JsonBodyRefusal };

/** Fixed texts for each refusal: a developer reading the 400 learns what to fix. */
export const bodyRefusalMessages: Readonly<Record<JsonBodyRefusal, string>> = {
  malformed: 'The request body is not valid UTF-8 JSON.',
  byteOrderMark: 'The request body starts with a byte-order mark; send UTF-8 JSON without one.',
  duplicateKey: 'The request body names the same field twice.',
  lengthMismatch: 'The request body does not match its Content-Length.',
};

const byteOrderMark = [0xef, 0xbb, 0xbf];

function startsWithByteOrderMark(bytes: Uint8Array): boolean {
  return byteOrderMark.every((byte, index) => bytes[index] === byte);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a request body of at most `maxBytes` bytes as strict UTF-8 JSON: no byte-order mark, no
 * key twice in one object, exactly as many bytes as `Content-Length` declares.
 */
export async function readJsonBody(call: ProxyCall, limits: BodyLimits): Promise<JsonBodyResult> {
  const declared = Number(call.header('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limits.maxBytes) return { outcome: 'tooLarge' };
  if (call.readBody === null) return { outcome: 'refused', reason: 'malformed' };
  const read = await call.readBody(limits);
  if (read.outcome === 'tooLarge') return { outcome: 'tooLarge' };
  if (read.outcome === 'unfinished' || (Number.isFinite(declared) && read.bytes.byteLength !== declared)) {
    return { outcome: 'refused', reason: 'lengthMismatch' };
  }
  const { bytes } = read;
  if (startsWithByteOrderMark(bytes)) return { outcome: 'refused', reason: 'byteOrderMark' };
  let text: string;
  let value: unknown;
  try {
    text = strictUtf8.decode(bytes);
    value = JSON.parse(text);
  } catch {
    return { outcome: 'refused', reason: 'malformed' };
  }
  if (findDuplicateKey(text) !== null) return { outcome: 'refused', reason: 'duplicateKey' };
  return { outcome: 'parsed', value };
}
