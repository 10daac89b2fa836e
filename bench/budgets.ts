/**
 * What the smallest app (`<AuthProvider><SignIn /></AuthProvider>`, React external) may cost,
 * in gzip bytes (1 kB = 1000 bytes). `bundle-size.test.ts` fails the build past these.
 */
export const budgets = {
  minimalAppJsGzip: 26_000,
  minimalAppCssGzip: 5_000,
} as const;
