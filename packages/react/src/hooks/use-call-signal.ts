import { useCallback, useRef } from 'react';
import { useMounted } from './use-mounted.js';

/**
 * An abort signal for the calls of one mounted component: unmounting aborts whatever is still
 * running (never StrictMode's rehearsal unmount, which would cancel a one-time request such as
 * a verification link), and `isActive()` tells a late answer whether anyone still shows it.
 */
export function useCallSignal(): { signal: () => AbortSignal; isActive: () => boolean } {
  const controller = useRef(new AbortController());
  const isActive = useMounted(() => controller.current.abort());
  const signal = useCallback(() => controller.current.signal, []);
  return { signal, isActive };
}
