/** Local development origins on any port: the demo, Storybook, a Next.js app on localhost. */
const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

export function isLocalDevOrigin(origin: string | undefined): origin is string {
  return origin !== undefined && LOCAL_ORIGIN.test(origin);
}

/** CORS headers for a request from an allowed origin: the origin reflected, credentials allowed. */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

/** The extra headers a preflight answer grants. */
export function preflightHeaders(
  origin: string,
  requestedHeaders: string | undefined,
): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': requestedHeaders ?? 'Content-Type, Authorization',
    'Access-Control-Max-Age': '600',
  };
}
