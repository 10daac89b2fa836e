/**
 * What the smallest app (`<AuthProvider><SignIn /></AuthProvider>`, React external) may cost,
 * in gzip bytes (1 kB = 1000 bytes). `bundle-size.test.ts` fails the build past these.
 * 26.5 kB since every client carries sessions, re-authentication and passkey capability reading
 * (issues 10 and 11): 26,398 bytes measured when they landed.
 */
export const budgets = {
  minimalAppJsGzip: 26_500,
  minimalAppCssGzip: 5_000,
} as const;
