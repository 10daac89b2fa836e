import { findDuplicateKey } from './find-duplicate-key.js';
import { readCappedBytes } from './read-capped-bytes.js';

/** Why a body was refused; each reason has its own message (see `bodyRefusalMessages`). */
export type JsonBodyRefusal = 'malformed' | 'byteOrderMark' | 'duplicateKey' | 'lengthMismatch';

export type JsonBodyResult =
  | { outcome: 'parsed'; value: unknown }
  | { outcome: 'tooLarge' }
  | { outcome: 'refused'; reason: JsonBodyRefusal };

export interface ReadJsonBodyOptions {
  maxBytes: number;
  /**
   * How long the whole body may take to arrive. A `Content-Length` larger than the body sent
   * would otherwise keep both sides waiting for bytes that never come.
   */
  deadlineMs: number;
}

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

async function readWithin(
  body: ReadableStream<Uint8Array>,
  { maxBytes, deadlineMs }: ReadJsonBodyOptions,
): Promise<Uint8Array | 'tooLarge' | 'unfinished'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'unfinished'>((resolve) => {
    timer = setTimeout(() => resolve('unfinished'), deadlineMs);
  });
  // A stream that fails (the connection broke, or `toNodeHandler` saw bytes past the declared
  // length) ends unfinished as well.
  const reading = readCappedBytes(body, maxBytes).catch((): 'unfinished' => 'unfinished');
  try {
    return await Promise.race([reading, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a request body of at most `maxBytes` bytes as strict UTF-8 JSON: no byte-order mark, no
 * key twice in one object, exactly as many bytes as `Content-Length` declares.
 */
export async function readJsonBody(request: Request, options: ReadJsonBodyOptions): Promise<JsonBodyResult> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) return { outcome: 'tooLarge' };
  if (request.body === null) return { outcome: 'refused', reason: 'malformed' };
  const bytes = await readWithin(request.body, options);
  if (bytes === 'tooLarge') return { outcome: 'tooLarge' };
  if (bytes === 'unfinished' || (Number.isFinite(declared) && bytes.byteLength !== declared)) {
    return { outcome: 'refused', reason: 'lengthMismatch' };
  }
  if (startsWithByteOrderMark(bytes)) return { outcome: 'refused', reason: 'byteOrderMark' };
  let text: string;
  let value: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    value = JSON.parse(text);
  } catch {
    return { outcome: 'refused', reason: 'malformed' };
  }
  if (findDuplicateKey(text) !== null) return { outcome: 'refused', reason: 'duplicateKey' };
  return { outcome: 'parsed', value };
}
