import '../packages/ui/src/styles.css';
import './preview.css';
import type { Decorator, Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import { AuthProvider, mergeLocalization } from '../packages/react/src/index.js';
import { localePackOf, localeToolbarItems } from './locale-toolbar.js';
import { scenarioToolbarItems } from './scenario-toolbar.js';
import {
  createStoryAuth,
  describePreparationFailure,
  disposeStoryAuth,
  prepareStoryAuth,
  resolveScenario,
  storyAuthOf,
} from './story-auth.js';

/**
 * The worker script is served from `packages/mocks/public` (`staticDirs`) at the site root, both by
 * `storybook dev` and by the Vitest browser run.
 */
async function startWorker() {
  const worker = setupWorker();
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    onUnhandledRequest: 'bypass',
  });
  return worker;
}

// The mock signs its first token with a freshly generated RSA key, which can take a second or
// more on a busy machine; play functions wait for real answers, not for a fixed delay.
configure({ asyncUtilTimeout: 5000 });

const withAuthFlow: Decorator = (Story, context) => {
  const { client } = storyAuthOf(context);
  const parameters = context.parameters.authflow ?? {};
  const colorMode = context.globals.theme === 'dark' ? 'dark' : 'light';
  const direction = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  const pack = localePackOf(context.globals.locale);
  // A story's own texts still win over the chosen language.
  const localization = pack ? mergeLocalization(parameters.localization, pack) : parameters.localization;
  return (
    <div dir={direction} className="sb-authflow-canvas" data-theme={colorMode}>
      <AuthProvider
        client={client}
        appearance={{ colorMode, ...parameters.appearance }}
        {...(localization ? { localization } : {})}
      >
        <Story />
      </AuthProvider>
    </div>
  );
};

const preview: Preview = {
  loaders: [
    mswLoader(startWorker),
    (context) => ({ authflow: createStoryAuth(context.parameters.authflow ?? {}) }),
  ],
  async beforeEach(context) {
    const auth = storyAuthOf(context);
    const parameters = context.parameters.authflow ?? {};
    context.msw.use(...auth.mock.handlers);
    try {
      await prepareStoryAuth(auth, parameters);
    } catch (error) {
      throw describePreparationFailure(error);
    }
    auth.mock.setScenario(resolveScenario(parameters.scenario, context.globals.scenario));
    return () => disposeStoryAuth(auth);
  },
  decorators: [withAuthFlow],
  parameters: {
    layout: 'centered',
    a11y: { test: 'error' },
    controls: { matchers: { color: /(background|color)$/i } },
    options: {
      storySort: { order: ['Docs', ['Introduction', 'AuthProvider', 'Theming', 'Contract'], 'Screens', '*'] },
    },
  },
  globalTypes: {
    theme: {
      description: 'Color mode of the kit',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction around the kit',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the kit (a locale pack), with its writing direction',
      toolbar: { title: 'Language', icon: 'globe', items: localeToolbarItems, dynamicTitle: true },
    },
    scenario: {
      description: 'A fault of the mock AuthFlow backend (stories may set their own)',
      toolbar: { title: 'Scenario', icon: 'lightning', items: scenarioToolbarItems, dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr', locale: 'en-US', scenario: 'none' },
};

export default preview;
