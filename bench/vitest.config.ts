import { defineConfig } from 'vitest/config';

/**
 * The bundle-size budget test on its own: `pnpm vitest run -c bench/vitest.config.ts`. Sizes, not
 * timings, so the result is the same on every machine.
 */
export default defineConfig({
  test: {
    name: 'bench',
    root: './bench',
    environment: 'node',
    include: ['**/*.test.ts'],
  },
});
