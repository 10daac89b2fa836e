import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Bytes on the wire: gzip level 9 and brotli quality 11, what a CDN serves for static files. */
export function measureSize(text: string): Size {
  const bytes = Buffer.from(text, 'utf8');
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

export const formatKilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
