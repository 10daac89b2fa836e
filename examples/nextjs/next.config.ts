import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

// The workspace root: where pnpm keeps the packages this app links to.
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

const config: NextConfig = {
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
  // `pnpm typecheck` checks this app with the rest of the repository.
  typescript: { ignoreBuildErrors: true },
};

export default config;
