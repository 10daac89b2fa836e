/**
 * A forgiving shape check (something@something, no spaces): it catches typos such as a
 * missing `@` before a request is spent, and leaves real validation to the server.
 */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text);
}
