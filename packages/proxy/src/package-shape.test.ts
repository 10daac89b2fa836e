import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

function exportsOf(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || !('exports' in value)) return {};
  const { exports } = value;
  if (typeof exports !== 'object' || exports === null || !('.' in exports)) return {};
  const root = exports['.'];
  return typeof root === 'object' && root !== null ? { ...root } : {};
}

describe('given the package manifest', () => {
  it('refuses to resolve in a browser build before any other condition', () => {
    const conditions = exportsOf(manifest);
    expect(Object.keys(conditions)[0]).toBe('browser');
    expect(conditions.browser).toBeNull();
  });
});
