/**
 * Where to go after signing in, accepted only when it is a path on this same site
 * (SECURITY.md §8: no open redirects). Browsers read `//host`, `/\host`, `\\host` and
 * tab- or newline-split variants as other hosts, and attackers percent-encode those
 * characters to slip past naive checks, so the target is checked raw and after each
 * round of decoding.
 */

const maximumDecodingRounds = 3;
const probeOrigin = 'https://authflow-ui.invalid';

/** C0 and C1 control characters: browsers drop tabs and line breaks, which can join `/` and `/`. */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit <= 0x1f || (unit >= 0x7f && unit <= 0x9f)) return true;
  }
  return false;
}

function isPlainPath(candidate: string): boolean {
  const second = candidate.charAt(1);
  return candidate.startsWith('/') && second !== '/' && second !== '\\' && !hasControlCharacter(candidate);
}

/**
 * Returns `target` normalised (path, query and hash) when it is a same-origin relative path,
 * otherwise `null`. Absolute, protocol-relative (`//`), backslash (`/\`), encoded variants of
 * those, and `javascript:` or `data:` targets are all refused.
 */
export function toSafeRedirect(target: string | null | undefined): string | null {
  if (typeof target !== 'string' || target.length === 0 || target.length > 2048) return null;
  let candidate = target;
  for (let round = 0; round <= maximumDecodingRounds; round += 1) {
    if (!isPlainPath(candidate)) return null;
    let decoded: string;
    try {
      decoded = decodeURIComponent(candidate);
    } catch {
      return null;
    }
    if (decoded === candidate) break;
    if (round === maximumDecodingRounds) return null;
    candidate = decoded;
  }
  const resolved = new URL(target, probeOrigin);
  const normalised = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // Dot segments can collapse to `//host` (`/a/../..//host`), so the normalised form is checked too.
  if (resolved.origin !== probeOrigin || !isPlainPath(normalised)) return null;
  return normalised;
}

/**
 * The first safe target among `preferred` (a prop) and the page's `?redirect_url=`.
 * A prop wins; an unsafe value is skipped rather than followed.
 */
export function pickSafeRedirect(preferred: string | undefined, search: string | undefined): string | null {
  const fromProp = toSafeRedirect(preferred);
  if (fromProp) return fromProp;
  if (!search) return null;
  return toSafeRedirect(new URLSearchParams(search).get('redirect_url'));
}
