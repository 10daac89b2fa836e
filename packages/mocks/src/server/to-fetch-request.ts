import type { IncomingMessage } from 'node:http';

/** Bodies above this are refused: nothing in the contract comes close. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Headers that describe the Node connection rather than the request. */
const connectionHeaders = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

export class BodyTooLargeError extends Error {
  constructor() {
    super(`Request body exceeds ${MAX_BODY_BYTES} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The fetch `Request` MSW handlers expect. A GET or HEAD body is dropped, as fetch cannot carry
 * one: parameters sent there are simply not where the contract reads them.
 */
export async function toFetchRequest(message: IncomingMessage, url: URL): Promise<Request> {
  const method = message.method ?? 'GET';
  const headers = new Headers();
  for (let index = 0; index + 1 < message.rawHeaders.length; index += 2) {
    const name = message.rawHeaders[index] ?? '';
    const value = message.rawHeaders[index + 1] ?? '';
    if (!connectionHeaders.has(name.toLowerCase())) headers.append(name, value);
  }
  const body = await readBody(message);
  const carriesBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(url, { method, headers, body: carriesBody ? new Uint8Array(body) : undefined });
}
