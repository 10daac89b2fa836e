import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

export interface WorkspacePackage {
  name: string;
  version: string;
  /** Absolute path of the package's folder. */
  directory: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every publishable package under `packages/`, found rather than listed, so a package added
 * later is packed, installed and checked without editing this test.
 */
export async function workspacePackages(): Promise<WorkspacePackage[]> {
  const root = join(repositoryRoot, 'packages');
  const found: WorkspacePackage[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const directory = join(root, entry.name);
    let manifest: unknown;
    try {
      manifest = JSON.parse(await readFile(join(directory, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    if (!isRecord(manifest) || manifest.private === true) continue;
    const { name, version } = manifest;
    if (typeof name !== 'string' || typeof version !== 'string') continue;
    found.push({ name, version, directory });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

const sourceOnly = /\.(test|stories)\.tsx?$|[\\/]test-support[\\/]/;

async function newestSourceChange(directory: string): Promise<number> {
  const source = join(directory, 'src');
  let newest = 0;
  for (const file of await readdir(source, { recursive: true })) {
    if (sourceOnly.test(file)) continue;
    newest = Math.max(newest, (await stat(join(source, file))).mtimeMs);
  }
  return newest;
}

/** True when `dist/` is missing or older than a source file (tsc rewrites every output on each build). */
export async function needsBuild(workspacePackage: WorkspacePackage): Promise<boolean> {
  let built: number;
  try {
    built = (await stat(join(workspacePackage.directory, 'dist', 'index.js'))).mtimeMs;
  } catch {
    return true;
  }
  return (await newestSourceChange(workspacePackage.directory)) > built;
}
