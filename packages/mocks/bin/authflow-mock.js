#!/usr/bin/env node
// Starts the AuthFlow mock server. In this repository's checkout (tsx installed) it runs the
// TypeScript source, so a fresh clone needs no build; an installed package (anywhere under a
// node_modules folder) always runs the compiled dist, whether or not the app has tsx.
import { spawn } from 'node:child_process';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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
const tsx = installed ? null : resolveTsx();
if (tsx === null) {
  await import('../dist/bin/authflow-mock.js');
} else {
  const source = fileURLToPath(new URL('../src/bin/authflow-mock.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=@authflow-ui/source', '--import', tsx, source], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
}
