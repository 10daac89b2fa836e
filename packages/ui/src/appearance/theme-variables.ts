import type { AppearanceVariables } from './appearance.js';

/**
 * The custom properties the given theme values set: each name becomes `--af-` plus its
 * kebab-case form (`colorPrimary` -> `--af-color-primary`). An adapter writes them as the
 * root element's inline style.
 */
export function themeVariables(
  variables: AppearanceVariables | undefined,
): Record<string, string> | undefined {
  if (!variables) return undefined;
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === 'string')
      properties[`--af-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`] = value;
  }
  return properties;
}
