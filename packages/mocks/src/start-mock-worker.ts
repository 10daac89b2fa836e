import { type SetupWorker, setupWorker } from 'msw/browser';
import type { MockAuthFlow } from './create-mock-auth-flow.js';

export interface StartMockWorkerOptions {
  /**
   * Where the page serves MSW's worker script. Default `/mockServiceWorker.js`; copy it from
   * `@authflow-ui/mocks/public/mockServiceWorker.js` (or run `msw init`) into the public folder.
   */
  serviceWorkerUrl?: string;
  /** Silence MSW's console messages about started workers and intercepted requests. Default `true`. */
  quiet?: boolean;
}

/**
 * Starts MSW's service worker in the page with the mock's handlers. Requests that match no handler
 * (the app's own assets and pages) pass through untouched. Stop it with `worker.stop()`.
 */
export async function startMockWorker(
  mock: MockAuthFlow,
  options: StartMockWorkerOptions = {},
): Promise<SetupWorker> {
  const worker = setupWorker(...mock.handlers);
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    quiet: options.quiet ?? true,
    onUnhandledRequest: 'bypass',
  });
  return worker;
}
