import type { FailureTiming, KindMedians } from './measure-failure-timing.js';

function spread(medians: KindMedians): number {
  const values = Object.values(medians);
  return Math.max(...values) - Math.min(...values);
}

function describe(medians: KindMedians): string {
  const kinds = Object.entries(medians).map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`);
  return `${kinds.join(', ')}; spread ${spread(medians).toFixed(1)} ms`;
}

/** One line per endpoint and proxy, with the spread between the kinds' medians. */
export function formatFailureTiming({ rows }: FailureTiming): string[] {
  return rows.flatMap(({ endpoint, withoutFloor, withFloor }) => [
    `${endpoint.padEnd(24)} without floor: ${describe(withoutFloor)}`,
    `${''.padEnd(24)} default floor: ${describe(withFloor)} ${spread(withFloor) <= 2 ? 'ok' : 'OVER 2 ms'}`,
  ]);
}
