import type { ProxyOverhead } from './measure-proxy-overhead.js';

const milliseconds = (value: number) => value.toFixed(2);
const pair = (p50: number, p99: number) => `${milliseconds(p50)} / ${milliseconds(p99)}`;

/** The proxy-overhead figures as aligned text lines: a header, then one line per scenario and load. */
export function formatProxyOverhead(overhead: ProxyOverhead): string[] {
  const table = [
    ['scenario', 'connections', 'direct ms', 'proxy ms', 'added ms', 'direct req/s', 'proxy req/s'],
    ...overhead.rows.map(({ scenario, connections, direct, proxied }) => [
      scenario,
      String(connections),
      pair(direct.p50Ms, direct.p99Ms),
      pair(proxied.p50Ms, proxied.p99Ms),
      pair(proxied.p50Ms - direct.p50Ms, proxied.p99Ms - direct.p99Ms),
      direct.requestsPerSecond.toFixed(0),
      proxied.requestsPerSecond.toFixed(0),
    ]),
  ];
  const widths = table.reduce<number[]>(
    (current, cells) => cells.map((cell, column) => Math.max(current[column] ?? 0, cell.length)),
    [],
  );
  return table.map((cells) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  '),
  );
}
