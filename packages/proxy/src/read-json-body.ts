import { readCappedBytes } from './read-capped-bytes.js';

export type JsonBodyResult =
  | { outcome: 'parsed'; value: unknown }
  | { outcome: 'tooLarge' }
  | { outcome: 'malformed' };

/** Reads a request body of at most `maxBytes` bytes as UTF-8 JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBodyResult> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return { outcome: 'tooLarge' };
  if (request.body === null) return { outcome: 'malformed' };
  const bytes = await readCappedBytes(request.body, maxBytes);
  if (bytes === 'tooLarge') return { outcome: 'tooLarge' };
  try {
    return { outcome: 'parsed', value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { outcome: 'malformed' };
  }
}
