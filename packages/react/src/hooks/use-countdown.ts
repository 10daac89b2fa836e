import { useEffect, useState } from 'react';

function secondsUntil(deadline: number | null, now: () => number): number {
  if (deadline === null) return 0;
  return Math.max(0, Math.ceil((deadline - now()) / 1000));
}

/**
 * Whole seconds left until `deadline` (epoch ms), re-rendering once a second until it reaches 0.
 * `now` is injectable so tests need not wait for real time.
 */
export function useCountdown(deadline: number | null, now: () => number = Date.now): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(deadline, now));
  useEffect(() => {
    setSeconds(secondsUntil(deadline, now));
    if (deadline === null) return;
    const timer = setInterval(() => {
      const left = secondsUntil(deadline, now);
      setSeconds(left);
      if (left === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [deadline, now]);
  return seconds;
}
