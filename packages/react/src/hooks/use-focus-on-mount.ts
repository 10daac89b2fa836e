import { type RefCallback, useCallback } from 'react';

/**
 * A ref that moves focus to its element when the element appears, so keyboard and screen
 * reader users land at the start of a new step.
 */
export function useFocusOnMount<Element extends HTMLElement>(): RefCallback<Element> {
  return useCallback((element: Element | null) => {
    element?.focus();
  }, []);
}
