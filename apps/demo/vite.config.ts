import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/**
 * The demo reads the kit from source (the `@authflow-ui/source` export condition), so editing a
 * component shows up here at once. An app installed from the registry needs none of this.
 */
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@authflow-ui/source', ...defaultClientConditions] },
  // Serves `mockServiceWorker.js`, the MSW worker script the embedded mock registers.
  publicDir: fileURLToPath(new URL('../../packages/mocks/public', import.meta.url)),
  server: { port: 5173 },
  preview: { port: 4173 },
});
