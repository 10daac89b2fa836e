import type { OverheadRow, ProxyOverhead } from './measure-proxy-overhead.js';

/** The proxy's budget on loopback (issue 13): a thin layer over one AuthFlow call. */
export const proxyOverheadGoals = {
  /** At this load and above, the proxy serves at least {@link minimumThroughputRatio} of direct. */
  throughputConnections: 10,
  minimumThroughputRatio: 0.7,
  /** At one connection, what the proxy adds to one call. */
  latencyConnections: 1,
  maximumAddedMeanMs: 1,
  maximumAddedP99Ms: 5,
  /**
   * CPU time of the proxy's process per session check, at the throughput load: what one process
   * can carry. At one connection the process sleeps between requests, and on a virtual machine a
   * wake-up costs about as much again (the bench prints that figure too).
   */
  cpuScenario: 'session check',
  cpuConnections: 10,
  maximumCpuMicrosecondsPerRequest: 150,
} as const;

export interface GoalVerdict {
  /** What was measured against what, in words: `session check at 10 connections: 84% of direct (goal >= 70%)`. */
  text: string;
  met: boolean;
}

/** Proxy requests per second as a share of direct ones in the same run. */
export const throughputRatio = (row: OverheadRow) =>
  row.proxied.requestsPerSecond / row.direct.requestsPerSecond;

/** Every goal that applies to a measured row, with its verdict. */
export function checkProxyOverheadGoals(overhead: ProxyOverhead): GoalVerdict[] {
  const goals = proxyOverheadGoals;
  const verdicts: GoalVerdict[] = [];
  for (const row of overhead.rows) {
    const at = `${row.scenario} at ${row.connections} connection${row.connections === 1 ? '' : 's'}`;
    if (row.connections >= goals.throughputConnections) {
      const ratio = throughputRatio(row);
      verdicts.push({
        text: `${at}: proxy req/s ${(100 * ratio).toFixed(0)}% of direct (goal >= ${100 * goals.minimumThroughputRatio}%)`,
        met: ratio >= goals.minimumThroughputRatio,
      });
    }
    if (row.connections === goals.latencyConnections) {
      const addedMean = row.proxied.meanMs - row.direct.meanMs;
      const addedP99 = row.proxied.p99Ms - row.direct.p99Ms;
      verdicts.push({
        text: `${at}: added mean ${addedMean.toFixed(2)} ms (goal <= ${goals.maximumAddedMeanMs} ms)`,
        met: addedMean <= goals.maximumAddedMeanMs,
      });
      verdicts.push({
        text: `${at}: added p99 ${addedP99.toFixed(2)} ms (goal <= ${goals.maximumAddedP99Ms} ms)`,
        met: addedP99 <= goals.maximumAddedP99Ms,
      });
    }
    if (row.scenario === goals.cpuScenario && row.connections === goals.cpuConnections) {
      const cpu = row.proxyCpuMicrosecondsPerRequest;
      verdicts.push({
        text: `${at}: proxy CPU ${cpu.toFixed(0)} µs per request (goal < ${goals.maximumCpuMicrosecondsPerRequest} µs)`,
        met: cpu < goals.maximumCpuMicrosecondsPerRequest,
      });
    }
  }
  return verdicts;
}
