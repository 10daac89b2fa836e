import { defineProject } from 'vitest/config';
import { storybookProject } from './.storybook/vitest-project.js';

/**
 * The one list of test projects. Every project but `consumer` reads workspace packages from
 * source through the `@authflow-ui/source` export condition, so no test needs a build first;
 * `consumer` tests the built, packed packages and builds them itself when they are stale.
 */
const sourceConditions = ['@authflow-ui/source', 'module', 'development|production'];

const nodeProject = (name: string) =>
  defineProject({
    resolve: { conditions: [...sourceConditions, 'node'] },
    ssr: { resolve: { conditions: [...sourceConditions, 'node'] } },
    test: {
      name,
      root: `./packages/${name}`,
      environment: 'node',
      include: ['src/**/*.test.ts'],
    },
  });

const reactProject = defineProject({
  resolve: { conditions: [...sourceConditions, 'browser'] },
  test: {
    name: 'react',
    root: './packages/react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-support/setup.ts'],
  },
});

/** Bundle-size budgets: builds the smallest app with Vite and checks its gzip sizes (no timings). */
const benchProject = defineProject({
  test: {
    name: 'bench',
    root: './bench',
    environment: 'node',
    include: ['**/*.test.ts'],
  },
});

/**
 * End-to-end journeys: builds the demo, serves it on 127.0.0.1 and drives /usr/bin/chromium with
 * playwright-core through sign-up, 2FA, resets, failures and cross-tab sign-out.
 */
const e2eProject = defineProject({
  // The journey through the proxy starts the mock server and the proxy in this process.
  resolve: { conditions: [...sourceConditions, 'node'] },
  ssr: { resolve: { conditions: [...sourceConditions, 'node'] } },
  test: {
    name: 'e2e',
    root: './apps/demo',
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

/**
 * The packages as an installing user gets them: builds (when stale), packs every package under
 * packages/, installs the tarballs with npm outside the workspace, then runs a Node script, both
 * bins and a Vite React app in Chromium on them. No source condition: it tests the built files.
 */
const consumerProject = defineProject({
  test: {
    name: 'consumer',
    root: './consumer',
    environment: 'node',
    include: ['*.test.ts'],
    testTimeout: 120_000,
    // The first hook builds, packs and runs `npm install`, which downloads on a fresh machine.
    hookTimeout: 900_000,
  },
});

/**
 * The examples as their users run them: builds each (`next build`, `vite build`), starts it on
 * 127.0.0.1 with the mock AuthFlow server behind the proxy, and drives /usr/bin/chromium.
 */
const examplesProject = defineProject({
  resolve: { conditions: [...sourceConditions, 'node'] },
  ssr: { resolve: { conditions: [...sourceConditions, 'node'] } },
  test: {
    name: 'examples',
    root: './examples',
    environment: 'node',
    include: ['*/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 480_000,
  },
});

export const projects = [
  nodeProject('contract'),
  nodeProject('ui'),
  nodeProject('core'),
  nodeProject('mocks'),
  nodeProject('proxy'),
  reactProject,
  benchProject,
  storybookProject,
  e2eProject,
  consumerProject,
  examplesProject,
];

export default projects;
