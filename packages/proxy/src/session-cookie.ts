/** The cookie that names a browser's server-side session record. */
export interface SessionCookieSettings {
  name: string;
  secure: boolean;
}

const attributes = (settings: SessionCookieSettings) =>
  `Path=/; HttpOnly;${settings.secure ? ' Secure;' : ''} SameSite=Strict`;

/** `Set-Cookie` for a session id that lives `maxAgeSeconds`. */
export function sessionCookie(settings: SessionCookieSettings, id: string, maxAgeSeconds: number): string {
  return `${settings.name}=${id}; Max-Age=${Math.max(1, Math.ceil(maxAgeSeconds))}; ${attributes(settings)}`;
}

/** `Set-Cookie` that removes the session cookie. */
export function clearedSessionCookie(settings: SessionCookieSettings): string {
  return `${settings.name}=; Max-Age=0; ${attributes(settings)}`;
}

/** Session ids are 32 random bytes in base64url; anything else in the cookie is ignored. */
const sessionIdPattern = /^[A-Za-z0-9_-]{43}$/;

/** The session id in the request's `Cookie` header, if it holds a well-formed one. */
export function readSessionId(request: Request, name: string): string | null {
  return sessionIdInCookieHeader(request.headers.get('cookie'), name);
}

/** The session id in a `Cookie` header value (`a=1; b=2`), if it holds a well-formed one. */
export function sessionIdInCookieHeader(header: string | null, name: string): string | null {
  if (header === null) return null;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1 || pair.slice(0, separator).trim() !== name) continue;
    const value = pair.slice(separator + 1).trim();
    if (sessionIdPattern.test(value)) return value;
  }
  return null;
}

/** A new session id: 32 bytes from the platform's cryptographic random source. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}
