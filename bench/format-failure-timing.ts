import type { FailureTiming, KindFigures, KindMedians } from './measure-failure-timing.js';

function spread(medians: KindMedians): number {
  const values = Object.values(medians);
  return Math.max(...values) - Math.min(...values);
}

/** The widest gap between two kinds in the same rounds, from the paired differences to the first. */
function pairedSpread({ pairedDifferences }: KindFigures): number {
  return spread({ first: 0, ...pairedDifferences });
}

function describe(figures: KindFigures): string {
  const kinds = Object.entries(figures.medians).map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`);
  return (
    `${kinds.join(', ')}; spread of medians ${spread(figures.medians).toFixed(1)} ms, ` +
    `paired ${pairedSpread(figures).toFixed(1)} ms`
  );
}

/** One line per endpoint and proxy, with the spreads between the kinds. */
export function formatFailureTiming({ rows }: FailureTiming): string[] {
  return rows.flatMap(({ endpoint, withoutFloor, withFloor }) => [
    `${endpoint.padEnd(24)} without floor: ${describe(withoutFloor)}`,
    `${''.padEnd(24)} default floor: ${describe(withFloor)} ${pairedSpread(withFloor) <= 2 ? 'ok' : 'OVER 2 ms'}`,
  ]);
}
