import { type AppearanceVariables, themeVariables } from '@authflow-ui/ui';
import type { CSSProperties } from 'react';

/** The theme values as React inline style (`--af-*` custom properties; see `themeVariables`). */
export function variablesToStyle(variables: AppearanceVariables | undefined): CSSProperties | undefined {
  return themeVariables(variables);
}
