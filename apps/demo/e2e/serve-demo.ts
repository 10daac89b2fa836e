import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';
import { type DevBackend, type DevBackendOptions, startDevBackend } from '../scripts/start-dev-backend.js';
import { freePort } from './free-port.js';

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

function previewOrigin(server: PreviewServer): string {
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview has no TCP address');
  return `http://127.0.0.1:${address.port}`;
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
  return {
    url: previewOrigin(server),
    outDir,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/**
 * The same served demo, addressed as `localhost`: Chromium reaches the same loopback server,
 * and the page may run passkeys, which browsers refuse on an IP address (no RP ID there).
 */
export function onLocalhost(demo: ServedDemo): ServedDemo {
  const url = new URL(demo.url);
  url.hostname = 'localhost';
  return { ...demo, url: url.origin };
}

export interface ServedProxiedDemo extends ServedDemo {
  backend: DevBackend;
}

/**
 * What `pnpm dev:full` runs, as a production build: the demo in proxy mode served by `vite
 * preview`, which forwards `/api/auth` to the real proxy and `/__dev` to the mock server.
 */
export async function serveProxiedDemo(
  options: Pick<DevBackendOptions, 'reauthenticateAfterMs'> & {
    /**
     * Serve passkeys for the page on `localhost`, as `pnpm dev:full` does; the returned `url` is
     * then that origin. Default: off, and the page on `127.0.0.1`.
     */
    passkeysOnLocalhost?: boolean;
  } = {},
): Promise<ServedProxiedDemo> {
  const { passkeysOnLocalhost = false, ...backendOptions } = options;
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const localhostOrigin = `http://localhost:${port}`;
  const [outDir, backend] = await Promise.all([
    buildDemo({
      VITE_AUTH_URL: '/api/auth',
      VITE_AUTH_MODE: 'proxy',
      VITE_DEV_MOCK_URL: '/__dev',
      VITE_AUTH_OWNER_EMAIL: 'owner@example.com',
    }),
    startDevBackend({
      ...backendOptions,
      appOrigins: passkeysOnLocalhost ? [localhostOrigin, origin] : [origin],
      passkeys: passkeysOnLocalhost
        ? { rpName: 'Notes demo', rpId: 'localhost', origins: [localhostOrigin] }
        : false,
    }),
  ]);
  const server = await preview({
    root: demoRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      open: false,
      proxy: { '/api/auth': backend.proxyUrl, '/__dev': backend.mockUrl },
    },
  });
  return {
    url: passkeysOnLocalhost ? localhostOrigin : previewOrigin(server),
    outDir,
    backend,
    close: async () => {
      await server.close();
      await backend.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
