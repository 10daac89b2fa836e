#!/usr/bin/env node
// Runs the built server when the package is installed (anywhere under a node_modules folder, even
// in an app that has tsx), and the TypeScript source (through tsx, reading workspace packages from
// source) inside the repository, so no build is needed there.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../src/bin/authflow-proxy.ts', import.meta.url));
const built = new URL('../dist/bin/authflow-proxy.js', import.meta.url);

function resolveTsx() {
  try {
    return import.meta.resolve('tsx');
  } catch {
    return null;
  }
}

const installed = fileURLToPath(import.meta.url)
  .split(sep)
  .includes('node_modules');
const tsx = !installed && existsSync(source) ? resolveTsx() : null;
if (tsx === null) {
  await import(built.href);
} else {
  const child = spawn(
    process.execPath,
    ['--import', tsx, '--conditions=@authflow-ui/source', source, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 0)));
}
