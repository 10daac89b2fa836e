import { describe, expect, it } from 'vitest';
import { createTimingFloor } from './create-timing-floor.js';

function fakeTime() {
  let time = 1_000;
  const waits: number[] = [];
  return {
    clock: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    waits,
    /** A timer that fires early by a fraction, as real ones may. */
    wait: async (ms: number) => {
      waits.push(ms);
      time += ms - 0.4;
    },
  };
}

describe('given a timing floor of 250 ms', () => {
  it('holds a fast answer until 250 ms after its start, by waiting rather than spinning', async () => {
    const time = fakeTime();
    const floor = createTimingFloor({ minimumMs: 250, clock: time.clock, wait: time.wait });
    const started = floor.start();
    time.advance(6);
    await floor.hold(started);
    expect(time.clock() - started).toBeGreaterThanOrEqual(250);
    expect(time.waits[0]).toBe(244);
  });

  it('holds a slow answer only for what is left', async () => {
    const time = fakeTime();
    const floor = createTimingFloor({ minimumMs: 250, clock: time.clock, wait: time.wait });
    const started = floor.start();
    time.advance(235);
    await floor.hold(started);
    expect(time.waits[0]).toBe(15);
    expect(time.clock() - started).toBeGreaterThanOrEqual(250);
  });

  it('lets an answer slower than the floor go at once', async () => {
    const time = fakeTime();
    const floor = createTimingFloor({ minimumMs: 250, clock: time.clock, wait: time.wait });
    const started = floor.start();
    time.advance(400);
    await floor.hold(started);
    expect(time.waits).toEqual([]);
  });
});

describe('given the real clock and timers', () => {
  it('keeps serving other work while it holds an answer', async () => {
    const floor = createTimingFloor({ minimumMs: 40 });
    const started = floor.start();
    let ticks = 0;
    const ticking = setInterval(() => {
      ticks += 1;
    }, 5);
    await floor.hold(started);
    clearInterval(ticking);
    expect(performance.now() - started).toBeGreaterThanOrEqual(40);
    expect(ticks).toBeGreaterThan(0);
  });
});
