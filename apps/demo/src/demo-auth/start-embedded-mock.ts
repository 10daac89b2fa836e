import { createAuthClient } from '@authflow-ui/core';
import { createMockAuthFlow, parseScenario } from '@authflow-ui/mocks';
import { startMockWorker } from '@authflow-ui/mocks/browser';
import { inPageDevMock } from '../dev-mock/in-page-dev-mock.js';
import type { DemoAuth } from './demo-auth.js';
import { demoPasskeySettings } from './demo-passkey-settings.js';
import { exposeDevHook } from './dev-hook.js';
import { MOCK_BASE_PATH } from './mock-base-path.js';

/**
 * The mock's published development key. It opens nothing but the fake backend running in this
 * very page, so holding it in the browser (`dangerouslyAllowBrowser`) leaks nothing. A real
 * organization key must never be written here: real backends go through `VITE_AUTH_URL`.
 */
const MOCK_DEV_API_KEY = 'af_deadbeefdeadbeefdeadbeefdeadbeef';

/** Starts the MSW worker with a fresh mock and a client that talks to it. */
export async function startEmbeddedMock(): Promise<Extract<DemoAuth, { mode: 'embedded' }>> {
  const mock = createMockAuthFlow({
    baseUrl: MOCK_BASE_PATH,
    appUrl: window.location.origin,
    passkeys: demoPasskeySettings(window.location, import.meta.env.VITE_DEMO_PASSKEYS === 'off'),
  });
  mock.setScenario(parseScenario(new URLSearchParams(window.location.search).get('scenario')));
  await startMockWorker(mock, { serviceWorkerUrl: '/mockServiceWorker.js' });
  exposeDevHook(mock);
  const client = createAuthClient({
    baseUrl: MOCK_BASE_PATH,
    apiKey: MOCK_DEV_API_KEY,
    dangerouslyAllowBrowser: true,
    // Development only: the mock's sessions are fake, and localStorage lets a second tab share
    // the sign-in. With real users keep the default (memory) or use the proxy's cookie.
    storage: 'localStorage',
  });
  return {
    mode: 'embedded',
    client,
    mock,
    devMock: inPageDevMock(mock),
    ownerEmail: mock.seeded.owner.email,
  };
}
