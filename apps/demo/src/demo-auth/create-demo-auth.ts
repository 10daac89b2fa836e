import { createAuthClient, createProxyAuthClient } from '@authflow-ui/core';
import type { DemoAuth } from './demo-auth.js';

/**
 * Picks the demo's mode from the build's environment. The embedded mock is imported only when
 * it is used, so a build with `VITE_AUTH_URL` contains neither the mock nor its dev key.
 */
export async function createDemoAuth(): Promise<DemoAuth> {
  const authUrl = import.meta.env.VITE_AUTH_URL;
  if (authUrl) {
    // `pnpm dev:full` only: the mock server's outbox and fault switch, behind the dev server.
    const devMock = import.meta.env.VITE_DEV_MOCK_URL
      ? (await import('../dev-mock/remote-dev-mock.js')).remoteDevMock(import.meta.env.VITE_DEV_MOCK_URL)
      : null;
    const scenario = new URLSearchParams(window.location.search).get('scenario');
    if (devMock && scenario) await devMock.setScenario(scenario).catch(() => undefined);
    return {
      mode: 'backend',
      // No API key in either case: a browser must never hold a real one. Through the proxy
      // (`VITE_AUTH_MODE=proxy`) the server adds it and keeps the session in an HttpOnly cookie.
      client:
        import.meta.env.VITE_AUTH_MODE === 'proxy'
          ? createProxyAuthClient({ baseUrl: authUrl })
          : createAuthClient({ baseUrl: authUrl }),
      devMock,
      ownerEmail: import.meta.env.VITE_AUTH_OWNER_EMAIL ?? null,
    };
  }
  const { startEmbeddedMock } = await import('./start-embedded-mock.js');
  return startEmbeddedMock();
}
