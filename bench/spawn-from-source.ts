import { fileURLToPath } from 'node:url';
import { type BenchProcess, type SpawnOptions, spawnBenchProcess } from './spawn-bench-process.js';

/**
 * Runs a bench script (a path relative to this file) in its own Node process that reads the
 * workspace packages from TypeScript source through tsx, as the packages' bins do inside the
 * repository: `pnpm bench` itself runs without the `@authflow-ui/source` condition. For one-off
 * work; servers under load run built (see `buildBenchServers`).
 */
export function spawnFromSource(
  script: string,
  args: readonly string[] = [],
  options: SpawnOptions = {},
): Promise<BenchProcess> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  return spawnBenchProcess(
    ['--import', import.meta.resolve('tsx'), '--conditions=@authflow-ui/source', path, ...args],
    script,
    options,
  );
}
