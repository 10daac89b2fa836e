import type { CSSProperties, ReactNode } from 'react';

// Inline rather than in styles.css: hiding is meaning, not theme, so it must hold when unstyled.
const hiddenStyle: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * Text for screen readers only: out of sight, yet read out, and part of the name of a control
 * whose content names it.
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span style={hiddenStyle}>{children}</span>;
}
