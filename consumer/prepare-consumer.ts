import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  needsBuild,
  repositoryRoot,
  type WorkspacePackage,
  workspacePackages,
} from './workspace-packages.js';

const run = promisify(execFile);

/** What the consumer installs besides the kit, at the ranges this repository itself uses. */
const companions = [
  'react',
  'react-dom',
  'vite',
  '@vitejs/plugin-react',
  'msw',
  'typescript',
  '@types/react',
  '@types/react-dom',
  '@types/node',
];

const template = fileURLToPath(new URL('./app/', import.meta.url));

export interface Consumer {
  /** The consumer project: its own `package.json` and `node_modules`, outside the workspace. */
  directory: string;
  packages: WorkspacePackage[];
  /** The environment its commands run with (see {@link consumerEnvironment}). */
  env: NodeJS.ProcessEnv;
  remove(): Promise<void>;
}

/**
 * pnpm exports settings of its own as `npm_config_*` when it runs a script; npm would read them
 * as its configuration (and warn about the unknown ones). The consumer runs as if from a shell.
 */
export function consumerEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    const fromPnpm =
      (name.startsWith('npm_') && !name.startsWith('npm_config_')) ||
      name === 'npm_config_user_agent' ||
      name === 'npm_config_verify_deps_before_run';
    if (!fromPnpm) env[name] = value;
  }
  // Vitest runs with NODE_ENV=test; a user's `vite build` runs without it.
  delete env.NODE_ENV;
  return env;
}

async function rootDevDependencies(): Promise<Record<string, string>> {
  const manifest: { devDependencies?: Record<string, string> } = JSON.parse(
    await readFile(join(repositoryRoot, 'package.json'), 'utf8'),
  );
  const ranges: Record<string, string> = {};
  for (const name of companions) {
    const range = manifest.devDependencies?.[name];
    if (range === undefined) throw new Error(`The root package.json has no devDependency on ${name}`);
    ranges[name] = range;
  }
  return ranges;
}

async function packTarball(workspacePackage: WorkspacePackage, destination: string): Promise<string> {
  const { stdout } = await run('pnpm', ['pack', '--pack-destination', destination, '--json'], {
    cwd: workspacePackage.directory,
    maxBuffer: 16 * 1024 * 1024,
  });
  const packed: { filename?: unknown } = JSON.parse(stdout);
  if (typeof packed.filename !== 'string')
    throw new Error(`pnpm pack printed no filename for ${workspacePackage.name}`);
  return packed.filename;
}

/**
 * Builds the packages if their `dist/` is stale, packs each with `pnpm pack` (which turns
 * `workspace:*` into versions), and installs the tarballs with npm in a new folder under the
 * system's temporary directory, with React, Vite, its React plugin and MSW: no workspace link,
 * no `@authflow-ui/source` condition, nothing but what a registry install would give.
 */
export async function prepareConsumer(): Promise<Consumer> {
  const packages = await workspacePackages();
  const stale = await Promise.all(packages.map(needsBuild));
  if (stale.some(Boolean)) await run('pnpm', ['run', 'build'], { cwd: repositoryRoot });

  const root = await mkdtemp(join(tmpdir(), 'authflow-consumer-'));
  const tarballs = join(root, 'tarballs');
  const directory = join(root, 'app');
  await mkdir(tarballs);
  await cp(template, directory, { recursive: true });

  const kit: Record<string, string> = {};
  for (const workspacePackage of packages) {
    kit[workspacePackage.name] = `file:${await packTarball(workspacePackage, tarballs)}`;
  }
  const manifest = {
    name: 'authflow-ui-consumer',
    private: true,
    type: 'module',
    dependencies: { ...kit, ...(await rootDevDependencies()) },
    // The packages depend on each other by version; these point those edges at the tarballs too.
    overrides: kit,
  };
  await writeFile(join(directory, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const env = consumerEnvironment();
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: directory,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return { directory, packages, env, remove: () => rm(root, { recursive: true, force: true }) };
}
