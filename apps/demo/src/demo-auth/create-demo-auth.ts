import { createAuthClient, createProxyAuthClient } from '@authflow-ui/core';
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
      // No API key in either case: a browser must never hold a real one. Through the proxy
      // (`VITE_AUTH_MODE=proxy`) the server adds it and keeps the session in an HttpOnly cookie.
      client:
        import.meta.env.VITE_AUTH_MODE === 'proxy'
          ? createProxyAuthClient({ baseUrl: authUrl })
          : createAuthClient({ baseUrl: authUrl }),
      ownerEmail: import.meta.env.VITE_AUTH_OWNER_EMAIL ?? null,
    };
  }
  const { startEmbeddedMock } = await import('./start-embedded-mock.js');
  return startEmbeddedMock();
}
