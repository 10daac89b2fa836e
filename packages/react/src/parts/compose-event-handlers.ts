import type { SyntheticEvent } from 'react';

/**
 * The consumer's handler runs first; the kit's runs after it unless the consumer called
 * `event.preventDefault()`, which is how a consumer opts out of a part's behaviour.
 */
export function composeEventHandlers<Event extends SyntheticEvent>(
  theirs: ((event: Event) => void) | undefined,
  ours: (event: Event) => void,
): (event: Event) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}
