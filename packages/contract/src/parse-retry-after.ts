/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): either delay-seconds or an HTTP date.
 * Returns whole seconds from `now`, never negative, or `undefined` when absent or unreadable
 * (`-5` is neither form, so it is unreadable rather than "now"). Core and the proxy both read
 * AuthFlow's header through this one function.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number.parseInt(text, 10);
  // HTTP dates always name a month; without this `Date.parse('-5')` reads a year.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
