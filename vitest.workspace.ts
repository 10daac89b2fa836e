import { defineProject } from 'vitest/config';

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

export const projects = [
  nodeProject('contract'),
  nodeProject('core'),
  nodeProject('mocks'),
  nodeProject('proxy'),
];

export default projects;
