import type { AppearanceVariables } from '@authflow-ui/ui';
import type { CSSProperties } from 'react';

/**
 * Inline style that sets the given theme values as custom properties: each name becomes
 * `--af-` plus its kebab-case form (`colorPrimary` -> `--af-color-primary`).
 */
export function variablesToStyle(variables: AppearanceVariables | undefined): CSSProperties | undefined {
  if (!variables) return undefined;
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === 'string')
      style[`--af-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`] = value;
  }
  return style;
}
