import { defineProject } from 'vitest/config';
import { storybookProject } from './.storybook/vitest-project.js';

/**
 * The one list of test projects. Every project reads workspace packages from source
 * through the `@authflow-ui/source` export condition, so no test needs a build first.
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
];

export default projects;
