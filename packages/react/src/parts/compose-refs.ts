import type { Ref, RefCallback } from 'react';

/** One callback ref that feeds every given ref: the forwarded one and the kit's own. */
export function composeRefs<Element>(...refs: (Ref<Element> | undefined)[]): RefCallback<Element> {
  return (element) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    }
  };
}
