/** A base64 PNG data URL, whole and nothing else: no SVG (which can carry script), no remote URL. */
const pngDataUrl = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

/** Data URLs past this length are not QR codes a server should send (a few kilobytes is normal). */
const maximumLength = 200_000;

/**
 * The QR code `/auth/2fa/enable` sent, when it is safe to put in an `<img src>`
 * (SECURITY.md §8: only a `data:image/png;base64,` URL); otherwise `null`.
 */
export function toSafeQrCodeSource(qrCode: string): string | null {
  return qrCode.length <= maximumLength && pngDataUrl.test(qrCode) ? qrCode : null;
}
