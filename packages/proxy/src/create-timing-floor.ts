export interface TimingFloorOptions {
  /** The least time an answer takes, in milliseconds from its start. */
  minimumMs: number;
  /** A monotonic clock in milliseconds. Default: `performance.now`. */
  clock?: () => number;
  /** Waits without blocking. Default: a timer. */
  wait?: (ms: number) => Promise<void>;
}

export interface TimingFloor {
  /** The start of an answer, on the floor's clock. */
  start(): number;
  /** Resolves no sooner than the floor after `startedAt`; the event loop keeps serving meanwhile. */
  hold(startedAt: number): Promise<void>;
}

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Holds answers until a fixed time after they started, so an answer that AuthFlow found fast
 * (an unknown email) and one it found slow (a password hash to check) leave at the same time.
 * The floor has to lie above AuthFlow's slow path: an answer slower than the floor goes as it is.
 */
export function createTimingFloor(options: TimingFloorOptions): TimingFloor {
  const { minimumMs } = options;
  const clock = options.clock ?? (() => performance.now());
  const wait = options.wait ?? timer;
  return {
    start: clock,
    async hold(startedAt) {
      // Timers have millisecond steps and may fire a fraction early; wait again for the rest.
      for (let left = startedAt + minimumMs - clock(); left > 0; left = startedAt + minimumMs - clock()) {
        await wait(Math.ceil(left));
      }
    },
  };
}
