import autocannon from 'autocannon';
import type { LoadTarget } from './load-target.js';

export interface LoadOptions {
  /** Concurrent keep-alive connections, each sending its next request when the last one is answered. */
  connections: number;
  durationSeconds: number;
}

/** What one run of {@link runLoad} recorded. */
export interface LoadSample {
  /** Every answer's latency, in milliseconds. */
  latencies: number[];
  durationSeconds: number;
}

export interface LoadFigures {
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  /** Answers received, all of them with the expected status and body. */
  requests: number;
}

/** Nearest-rank percentile of ascending `sorted` values. */
function percentile(sorted: Float64Array, fraction: number): number {
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Latency figures and throughput over one or more runs of the same target at the same load. */
export function summarizeLoad(samples: readonly LoadSample[]): LoadFigures {
  const sorted = Float64Array.from(samples.flatMap((sample) => sample.latencies)).sort();
  const seconds = samples.reduce((sum, sample) => sum + sample.durationSeconds, 0);
  return {
    meanMs: sorted.reduce((sum, latency) => sum + latency, 0) / sorted.length,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    requestsPerSecond: sorted.length / seconds,
    requests: sorted.length,
  };
}

/**
 * Sends `target` with autocannon for a fixed time and records every answer's latency.
 * Latencies are taken at full precision (autocannon's own histogram rounds to
 * whole milliseconds, coarser than a loopback hop). Throws when any request failed, timed out,
 * answered another status than `target.expectStatus` or lacked `target.expectInBody`: figures
 * for errors mean nothing.
 */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadSample> {
  const latencies: number[] = [];
  const unexpectedStatuses = new Map<number, number>();
  let unexpectedBody: string | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        headers: target.headers,
        body: target.body,
        connections: options.connections,
        duration: options.durationSeconds,
        verifyBody: (body) => {
          const text = String(body);
          if (text.includes(target.expectInBody)) return true;
          unexpectedBody ??= text;
          return false;
        },
      },
      (error: unknown, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status === target.expectStatus) latencies.push(responseTime);
      else unexpectedStatuses.set(status, (unexpectedStatuses.get(status) ?? 0) + 1);
    });
  });

  if (result.errors + result.mismatches + unexpectedStatuses.size > 0 || latencies.length === 0) {
    const statuses = JSON.stringify(Object.fromEntries(unexpectedStatuses));
    throw new Error(
      `${target.method} ${new URL(target.url).pathname} failed: ${latencies.length} answers, ` +
        `${result.errors} connection errors or timeouts, answers not ${target.expectStatus}: ${statuses}, ` +
        `${result.mismatches} answers without ${JSON.stringify(target.expectInBody)}` +
        (unexpectedBody === undefined ? '' : `; first unexpected body: ${unexpectedBody.slice(0, 200)}`),
    );
  }
  return { latencies, durationSeconds: result.duration };
}
