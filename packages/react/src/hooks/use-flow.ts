import { useCallback, useRef, useState } from 'react';

/**
 * Holds a core flow state and applies its pure transition. `dispatch` answers synchronously
 * whether the event changed anything: core leaves the state alone for an event out of place
 * (a second submit while one runs), and that answer is the in-flight guard, which holds even
 * when two events arrive before React re-renders.
 */
export function useFlow<State, Event>(
  transition: (state: State, event: Event) => State,
  initial: () => State,
): [state: State, dispatch: (event: Event) => boolean, current: () => State] {
  const [state, setState] = useState(initial);
  const latest = useRef(state);
  const dispatch = useCallback(
    (event: Event) => {
      const next = transition(latest.current, event);
      if (Object.is(next, latest.current)) return false;
      latest.current = next;
      setState(next);
      return true;
    },
    [transition],
  );
  const current = useCallback(() => latest.current, []);
  return [state, dispatch, current];
}
