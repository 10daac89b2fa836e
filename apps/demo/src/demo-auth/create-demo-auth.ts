import { createAuthClient } from '@authflow-ui/core';
import type { DemoAuth } from './demo-auth.js';

/**
 * Picks the demo's mode from the build's environment. The embedded mock is imported only when
 * it is used, so a build with `VITE_AUTH_URL` contains neither the mock nor its dev key.
 */
export async function createDemoAuth(): Promise<DemoAuth> {
  const authUrl = import.meta.env.VITE_AUTH_URL;
  if (authUrl) {
    return {
      mode: 'backend',
      // No API key here: a browser must never hold a real one. The server (the proxy) adds it.
      client: createAuthClient({ baseUrl: authUrl }),
      ownerEmail: import.meta.env.VITE_AUTH_OWNER_EMAIL ?? null,
    };
  }
  const { startEmbeddedMock } = await import('./start-embedded-mock.js');
  return startEmbeddedMock();
}
