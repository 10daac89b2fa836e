/**
 * True in a browser (a window with a document, or a navigator with a user agent outside
 * Node). Web workers count as browsers; Node 21+ has a `navigator` but also `process.versions.node`.
 */
export function isBrowserEnvironment(): boolean {
  if (typeof window !== 'undefined' && typeof document !== 'undefined') return true;
  const runsOnNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  const hasUserAgent = typeof navigator !== 'undefined' && typeof navigator.userAgent === 'string';
  return hasUserAgent && !runsOnNode;
}
