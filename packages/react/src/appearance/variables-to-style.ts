import type { CSSProperties } from 'react';
import type { AppearanceVariable, AppearanceVariables } from './appearance.js';

const cssVariableNames: Record<AppearanceVariable, `--af-${string}`> = {
  colorPrimary: '--af-color-primary',
  colorPrimaryForeground: '--af-color-primary-foreground',
  colorBackground: '--af-color-background',
  colorForeground: '--af-color-foreground',
  colorMuted: '--af-color-muted',
  colorSurface: '--af-color-surface',
  colorBorder: '--af-color-border',
  colorDanger: '--af-color-danger',
  colorSuccess: '--af-color-success',
  colorWarning: '--af-color-warning',
  radius: '--af-radius',
  fontFamily: '--af-font-family',
  fontSize: '--af-font-size',
  spacing: '--af-spacing',
};

/** Inline style that sets the given theme values as `--af-*` custom properties. */
export function variablesToStyle(variables: AppearanceVariables | undefined): CSSProperties | undefined {
  if (!variables) return undefined;
  const style: Record<string, string> = {};
  for (const name of Object.keys(cssVariableNames) as AppearanceVariable[]) {
    const value = variables[name];
    if (value !== undefined) style[cssVariableNames[name]] = value;
  }
  return style;
}
