import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const demoRoot = fileURLToPath(new URL('..', import.meta.url));
const configFile = join(demoRoot, 'vite.config.ts');

export interface ServedDemo {
  /** The demo's origin, for example `http://127.0.0.1:41234`. */
  url: string;
  outDir: string;
  close(): Promise<void>;
}

/**
 * Runs `run` with `NODE_ENV=production` and the given `VITE_*` variables, as `vite build` from a
 * shell would: Vitest sets `NODE_ENV=test`, which would give a development build.
 */
async function withBuildEnvironment<T>(env: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const names = ['NODE_ENV', ...Object.keys(env)];
  const previous = new Map(names.map((name) => [name, process.env[name]]));
  Object.assign(process.env, { NODE_ENV: 'production', ...env });
  try {
    return await run();
  } finally {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** `vite build` of the demo into a fresh temporary folder; returns the folder. */
export async function buildDemo(env: Record<string, string> = {}): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'authflow-demo-'));
  await withBuildEnvironment(env, () =>
    build({ root: demoRoot, configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } }),
  );
  return outDir;
}

/** Builds the demo (embedded-mock mode) and serves it with `vite preview` on 127.0.0.1, any free port. */
export async function serveDemo(): Promise<ServedDemo> {
  const outDir = await buildDemo();
  const server = await preview({
    root: demoRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    outDir,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
