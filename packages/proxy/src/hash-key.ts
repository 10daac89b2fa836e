/**
 * Store keys hold a SHA-256 of the session id or email address rather than the value itself, so
 * reading the store (a Redis dump, a debug listing) yields neither usable cookies nor addresses.
 */
export async function hashKey(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
