/**
 * A forgiving shape check for an email address (something@something, no spaces): it catches
 * typos such as a missing `@` before a request is spent, and leaves real validation to the
 * server. Trim the text first.
 */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text);
}
