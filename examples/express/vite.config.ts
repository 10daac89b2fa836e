import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Reads the kit from source in this repository; an app using the published packages needs none of this.
  resolve: { conditions: ['@authflow-ui/source', ...defaultClientConditions] },
});
