import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, loadEnv } from 'vite';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * `pnpm dev:full` (and its end-to-end test) put the proxy and the mock server behind this
 * server's own origin, as a production app mounts the proxy next to its pages: the browser then
 * sends the proxy's `__Host-` cookie with every call and needs no CORS.
 */
function devBackendRoutes(): Record<string, string> | undefined {
  const proxyTarget = process.env.AUTHFLOW_DEV_PROXY_TARGET;
  const mockTarget = process.env.AUTHFLOW_DEV_MOCK_TARGET;
  if (!proxyTarget || !mockTarget) return undefined;
  return { '/api/auth': proxyTarget, '/__dev': mockTarget };
}

export default defineConfig(({ mode }) => {
  const embeddedMock = !loadEnv(mode, demoRoot, 'VITE_').VITE_AUTH_URL;
  const proxy = devBackendRoutes();
  return {
    plugins: [react()],
    // The demo reads the kit from source (the `@authflow-ui/source` export condition), so editing
    // a component shows up here at once. An app installed from the registry needs none of this.
    resolve: { conditions: ['@authflow-ui/source', ...defaultClientConditions] },
    // Embedded-mock mode serves `mockServiceWorker.js`, the MSW worker script, from the mocks
    // package; a build for a real backend ships no worker.
    publicDir: embeddedMock ? fileURLToPath(new URL('../../packages/mocks/public', import.meta.url)) : false,
    server: { port: 5173, ...(proxy && { proxy }) },
    preview: { port: 4173, ...(proxy && { proxy }) },
    // The embedded mock (MSW, jose, qrcode, and @simplewebauthn/server verifying passkeys) is one
    // lazy chunk of about 830 kB that only embedded-mock mode loads; the app stays well below this.
    build: { chunkSizeWarningLimit: 900 },
  };
});
