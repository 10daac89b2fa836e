import { describe, expect, it } from 'vitest';
import { toSafeQrCodeSource } from './safe-qr-code.js';

describe('toSafeQrCodeSource', () => {
  it('keeps a base64 PNG data URL', () => {
    expect(toSafeQrCodeSource('data:image/png;base64,iVBORw0KGgo=')).toBe(
      'data:image/png;base64,iVBORw0KGgo=',
    );
  });

  it.each([
    ['https://evil.example/qr.png', 'a remote image that would leak the secret'],
    ['data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', 'SVG, which can carry script'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'HTML'],
    ['javascript:alert(1)', 'script'],
    ['data:image/png;base64,iVBOR"><script>', 'markup after the data'],
    ['data:image/png;base64,', 'no data'],
    [`data:image/png;base64,${'A'.repeat(300_000)}`, 'absurdly large'],
    ['', 'empty'],
  ])('refuses %s (%s)', (qrCode) => {
    expect(toSafeQrCodeSource(qrCode)).toBeNull();
  });
});
