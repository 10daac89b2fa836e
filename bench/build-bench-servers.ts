import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where the built servers go: ignored by git, and inside the repository so Node finds `node_modules`. */
export const benchServersDirectory = `${repositoryRoot}node_modules/.cache/authflow-ui-bench`;

/** The built server scripts of the proxy-overhead bench. */
export interface BenchServers {
  /** `serve-mock.ts`: the mock AuthFlow. */
  mock: string;
  /** `serve-proxy.ts`: the proxy in front of the AuthFlow whose URL is its first argument. */
  proxy: string;
}

/**
 * Bundles the bench's server scripts into plain JavaScript, workspace packages read from source.
 * tsx would run them too, but it compiles with esbuild's `keepNames`: every function created at
 * run time (each request's callbacks, in the proxy and in the mock alike) then goes through
 * `Object.defineProperty`, a cost no built package pays.
 */
export async function buildBenchServers(): Promise<BenchServers> {
  const conditions = ['@authflow-ui/source', 'node', 'import'];
  await build({
    configFile: false,
    logLevel: 'silent',
    root: repositoryRoot,
    mode: 'production',
    resolve: { conditions },
    ssr: { noExternal: true, resolve: { conditions } },
    build: {
      ssr: true,
      outDir: benchServersDirectory,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      target: 'node20',
      rolldownOptions: {
        input: {
          'serve-mock': fileURLToPath(new URL('./serve-mock.ts', import.meta.url)),
          'serve-proxy': fileURLToPath(new URL('./serve-proxy.ts', import.meta.url)),
        },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  return {
    mock: `${benchServersDirectory}/serve-mock.mjs`,
    proxy: `${benchServersDirectory}/serve-proxy.mjs`,
  };
}
