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
    const floor = createTimingFloor({
      minimumMs: 250,
      maximumMs: 10_000,
      clock: time.clock,
      wait: time.wait,
    });
    const started = floor.start();
    time.advance(6);
    await floor.hold(started);
    expect(time.clock() - started).toBeGreaterThanOrEqual(250);
    expect(time.waits[0]).toBe(244);
  });

  it('holds a slow answer only for what is left', async () => {
    const time = fakeTime();
    const floor = createTimingFloor({
      minimumMs: 250,
      maximumMs: 10_000,
      clock: time.clock,
      wait: time.wait,
    });
    const started = floor.start();
    time.advance(235);
    await floor.hold(started);
    expect(time.waits[0]).toBe(15);
    expect(time.clock() - started).toBeGreaterThanOrEqual(250);
  });

  it('lets an answer slower than the floor go at once', async () => {
    const time = fakeTime();
    const floor = createTimingFloor({
      minimumMs: 250,
      maximumMs: 10_000,
      clock: time.clock,
      wait: time.wait,
    });
    const started = floor.start();
    time.advance(400);
    await floor.hold(started);
    expect(time.waits).toEqual([]);
  });
});

describe('given answers slower than the floor of 250 ms', () => {
  async function answerTaking(
    floor: ReturnType<typeof createTimingFloor>,
    time: ReturnType<typeof fakeTime>,
    ms: number,
  ) {
    const started = floor.start();
    time.advance(ms);
    await floor.hold(started);
    return time.clock() - started;
  }

  it('rises to cover them, so a fast answer waits as long', async () => {
    const time = fakeTime();
    const floor = createTimingFloor({
      minimumMs: 250,
      maximumMs: 10_000,
      clock: time.clock,
      wait: time.wait,
    });
    for (let answer = 0; answer < 20; answer += 1)
      await answerTaking(floor, time, answer % 2 === 0 ? 300 : 6);
    expect(await answerTaking(floor, time, 6)).toBeGreaterThanOrEqual(300);
  });

  it('does not rise for one stray slow answer', async () => {
    const time = fakeTime();
    const floor = createTimingFloor({
      minimumMs: 250,
      maximumMs: 10_000,
      clock: time.clock,
      wait: time.wait,
    });
    await answerTaking(floor, time, 2_000);
    for (let answer = 0; answer < 20; answer += 1) await answerTaking(floor, time, 35);
    const fast = await answerTaking(floor, time, 6);
    expect(fast).toBeGreaterThanOrEqual(250);
    expect(fast).toBeLessThan(252);
  });

  it('never rises above its maximum', async () => {
    const time = fakeTime();
    const floor = createTimingFloor({ minimumMs: 250, maximumMs: 1_000, clock: time.clock, wait: time.wait });
    for (let answer = 0; answer < 20; answer += 1) await answerTaking(floor, time, 5_000);
    const fast = await answerTaking(floor, time, 6);
    expect(fast).toBeGreaterThanOrEqual(1_000);
    expect(fast).toBeLessThan(1_002);
  });
});

describe('given a floor of 0', () => {
  it('holds nothing, however slow answers were', async () => {
    const time = fakeTime();
    const floor = createTimingFloor({ minimumMs: 0, maximumMs: 10_000, clock: time.clock, wait: time.wait });
    for (let answer = 0; answer < 5; answer += 1) {
      const started = floor.start();
      time.advance(answer === 4 ? 6 : 500);
      await floor.hold(started);
    }
    expect(time.waits).toEqual([]);
  });
});

describe('given the real clock and timers', () => {
  it('keeps serving other work while it holds an answer', async () => {
    const floor = createTimingFloor({ minimumMs: 40, maximumMs: 1_000 });
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
