/** A parameter of the page's own URL, or `null` (also during server rendering). */
export function readQueryParameter(name: string): string | null {
  if (typeof window === 'undefined') return null;
  return new URLSearchParams(window.location.search).get(name);
}
