import type { ProxyOverhead } from './measure-proxy-overhead.js';
import { throughputRatio } from './proxy-overhead-goals.js';

const milliseconds = (value: number) => value.toFixed(2);
const figures = (...values: number[]) => values.map(milliseconds).join(' / ');

/** The proxy-overhead figures as aligned text lines: a header, then one line per scenario and load. */
export function formatProxyOverhead(overhead: ProxyOverhead): string[] {
  const table = [
    [
      'scenario',
      'connections',
      'direct ms mean / p50 / p99',
      'proxy ms mean / p50 / p99',
      'added ms mean / p99',
      'direct req/s',
      'proxy req/s',
      'ratio',
      'proxy CPU µs/req',
      'mock CPU µs/req direct → proxied',
    ],
    ...overhead.rows.map((row) => {
      const { scenario, connections, direct, proxied } = row;
      return [
        scenario,
        String(connections),
        figures(direct.meanMs, direct.p50Ms, direct.p99Ms),
        figures(proxied.meanMs, proxied.p50Ms, proxied.p99Ms),
        figures(proxied.meanMs - direct.meanMs, proxied.p99Ms - direct.p99Ms),
        direct.requestsPerSecond.toFixed(0),
        proxied.requestsPerSecond.toFixed(0),
        `${(100 * throughputRatio(row)).toFixed(0)}%`,
        row.proxyCpuMicrosecondsPerRequest.toFixed(0),
        `${row.mockCpuMicrosecondsPerRequest.direct.toFixed(0)} → ${row.mockCpuMicrosecondsPerRequest.proxied.toFixed(0)}`,
      ];
    }),
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
