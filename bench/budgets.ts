/**
 * What the smallest app (`<AuthProvider><SignIn /></AuthProvider>`, React external) may cost,
 * in gzip bytes (1 kB = 1000 bytes). `bundle-size.test.ts` fails the build past these.
 * Back to 26 kB (issue 10's budget) once a browser client stopped carrying the proxy wire table's
 * fields and rate limits, which only the proxy reads, and passkey actions and their proxy transport
 * arrive with the first passkey action: 25,450 bytes measured with passkeys through the proxy and the
 * "Add a passkey" prompt compiled in (issue 10).
 */
export const budgets = {
  minimalAppJsGzip: 26_000,
  minimalAppCssGzip: 5_000,
} as const;
