import { fileURLToPath } from 'node:url';
import { defineMain } from '@storybook/react-vite/node';
import { mergeConfig } from 'vite';

/**
 * Stories and docs read the workspace packages from source through the `@authflow-ui/source`
 * export condition (see each package's `exports`), so Storybook needs no build of the kit.
 */
const sourceConditions = ['@authflow-ui/source', 'module', 'browser', 'development|production'];

const mockWorkerDirectory = fileURLToPath(new URL('../packages/mocks/public', import.meta.url));

export default defineMain({
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['./docs/*.mdx', '../packages/react/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The MSW worker script (`mockServiceWorker.js`) lives with the mocks package.
  staticDirs: [mockWorkerDirectory],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (config) =>
    mergeConfig(config, {
      resolve: { conditions: sourceConditions },
    }),
});
