import { useCallback, useEffect, useRef } from 'react';

/**
 * Whether the component is still on screen. StrictMode's rehearsal unmount is followed at
 * once by a remount, so `onUnmount` waits a microtask before it believes an unmount.
 */
export function useMounted(onUnmount?: () => void): () => boolean {
  const mounted = useRef(false);
  const latest = useRef(onUnmount);
  latest.current = onUnmount;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      queueMicrotask(() => {
        if (!mounted.current) latest.current?.();
      });
    };
  }, []);
  return useCallback(() => mounted.current, []);
}
