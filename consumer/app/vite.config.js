import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// MSW's worker script ships in @authflow-ui/mocks, at the version its handlers need.
const workerScript = createRequire(import.meta.url).resolve('@authflow-ui/mocks/mockServiceWorker.js');

export default defineConfig({
  plugins: [react()],
  publicDir: dirname(workerScript),
});
