import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packagesDirectory = fileURLToPath(new URL('../../', import.meta.url));

/** Every shipped source file of a package: `src/**` without tests and test support. */
function sourceFiles(packageName: string): string[] {
  const source = join(packagesDirectory, packageName, 'src');
  if (!existsSync(source)) return [];
  return readdirSync(source, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|stories)\.tsx?$/.test(file))
    .filter((file) => !file.split(/[\\/]/).includes('test-support'))
    .map((file) => join(source, file));
}

/** Module specifiers of static imports, re-exports, dynamic imports and requires. */
function importedModules(code: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1] ?? ''));
}

function importsOf(packageName: string) {
  return sourceFiles(packageName).flatMap((file) =>
    importedModules(readFileSync(file, 'utf8')).map((specifier) => ({
      file: relative(packagesDirectory, file),
      specifier,
    })),
  );
}

const isRelative = (specifier: string) => specifier.startsWith('./') || specifier.startsWith('../');

describe('the import boundary', () => {
  it('reads every kind of import the scan relies on', () => {
    const sample = [
      "import { a } from './a.js';",
      "import type { B } from '@authflow-ui/contract';",
      "export { c } from 'react';",
      "import 'side-effect';",
      "const d = await import('msw');",
      "const e = require('react-dom');",
      'import {\n  f,\n  g,\n} from "zustand/vanilla";',
    ].join('\n');
    expect(importedModules(sample).sort()).toEqual(
      [
        './a.js',
        '@authflow-ui/contract',
        'react',
        'side-effect',
        'msw',
        'react-dom',
        'zustand/vanilla',
      ].sort(),
    );
  });

  it('given core, imports only the contract, zustand/vanilla, the passkey library and its own files', () => {
    const imports = importsOf('core');
    expect(sourceFiles('core').length).toBeGreaterThan(10);
    const foreign = imports.filter(
      ({ specifier }) =>
        !isRelative(specifier) &&
        specifier !== '@authflow-ui/contract' &&
        specifier !== 'zustand/vanilla' &&
        specifier !== '@simplewebauthn/browser',
    );
    expect(foreign).toEqual([]);
  });

  it('given core, loads @simplewebauthn/browser only by dynamic import, so no bundle carries it up front', () => {
    const staticImport = /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]@simplewebauthn\/browser['"]/;
    const dynamicImport = /\bimport\s*\(\s*['"]@simplewebauthn\/browser['"]\s*\)/;
    const files = sourceFiles('core').map((file) => readFileSync(file, 'utf8'));
    expect(files.filter((code) => staticImport.test(code))).toEqual([]);
    expect(files.filter((code) => dynamicImport.test(code))).toHaveLength(1);
  });

  it('given ui, imports only the contract and its own files (no framework, no core)', () => {
    expect(sourceFiles('ui').length).toBeGreaterThan(0);
    const foreign = importsOf('ui').filter(
      ({ specifier }) => !isRelative(specifier) && specifier !== '@authflow-ui/contract',
    );
    expect(foreign).toEqual([]);
  });

  it('given the contract, imports nothing but its own files', () => {
    expect(sourceFiles('contract').length).toBeGreaterThan(0);
    expect(importsOf('contract').filter(({ specifier }) => !isRelative(specifier))).toEqual([]);
  });

  it.each(['mocks', 'proxy'])('given %s, never imports core or React', (packageName) => {
    const forbidden = /^(?:@authflow-ui\/(?:core|react)|react|react-dom)(?:\/|$)/;
    expect(importsOf(packageName).filter(({ specifier }) => forbidden.test(specifier))).toEqual([]);
  });
});
