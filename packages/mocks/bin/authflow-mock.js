#!/usr/bin/env node
// Starts the AuthFlow mock server. In a checkout (tsx installed) it runs the TypeScript source, so a
// fresh clone needs no build; an installed package without tsx runs the compiled dist instead.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

function resolveTsx() {
  try {
    return import.meta.resolve('tsx');
  } catch {
    return null;
  }
}

const tsx = resolveTsx();
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
