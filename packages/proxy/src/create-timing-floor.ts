export interface TimingFloorOptions {
  /** The least time an answer takes, in milliseconds from its start; `0` holds nothing. */
  minimumMs: number;
  /** What the floor learns from slow answers never takes it above this. */
  maximumMs: number;
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

/** How many recent answers the floor learns from, and which share of them it covers. */
const recentCount = 50;
const coveredShare = 0.9;

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Holds answers until a time after they started, so an answer that AuthFlow found fast (an
 * unknown email) and one it found slow (a password hash to check) leave at the same time. The
 * floor is `minimumMs`, raised to cover 90% of the last 50 answers' own times when AuthFlow or
 * this server are slower than that (a loaded machine, a far region): an answer slower than the
 * floor would leave as it is, and its time would tell again.
 */
export function createTimingFloor(options: TimingFloorOptions): TimingFloor {
  const { minimumMs, maximumMs } = options;
  const clock = options.clock ?? (() => performance.now());
  const wait = options.wait ?? timer;
  const recent: number[] = [];

  const floorAfter = (ownMs: number): number => {
    recent.push(ownMs);
    if (recent.length > recentCount) recent.shift();
    const sorted = [...recent].sort((a, b) => a - b);
    const covered = sorted[Math.ceil(sorted.length * coveredShare) - 1] ?? 0;
    return Math.max(minimumMs, Math.min(maximumMs, covered));
  };

  return {
    start: clock,
    async hold(startedAt) {
      if (minimumMs === 0) return;
      const floorMs = floorAfter(clock() - startedAt);
      // Timers have millisecond steps and may fire a fraction early; wait again for the rest.
      for (let left = startedAt + floorMs - clock(); left > 0; left = startedAt + floorMs - clock()) {
        await wait(Math.ceil(left));
      }
    },
  };
}
