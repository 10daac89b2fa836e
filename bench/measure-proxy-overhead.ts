import { cpuUsageQuestion } from './answer-cpu-usage-questions.js';
import { buildBenchServers } from './build-bench-servers.js';
import { isOverheadScenarioList } from './load-target.js';
import { type LoadFigures, type LoadSample, runLoad, summarizeLoad } from './run-load.js';
import { type BenchProcess, spawnBenchProcess } from './spawn-bench-process.js';
import { spawnFromSource } from './spawn-from-source.js';

export interface ProxyOverheadOptions {
  /**
   * The loads to measure, as concurrent keep-alive connections. One connection shows what a single
   * request costs; more show the queueing and throughput under load. Default `[1, 10]`.
   */
  connectionCounts?: readonly number[];
  /** Measured time per side, scenario and load. Default `4`. */
  durationSeconds?: number;
  /**
   * Slices the measured time is cut into, direct and proxied taking turns (A B, then B A), so a
   * neighbour's burst of work on a shared machine falls on both sides alike. Default `8`.
   */
  slices?: number;
  /**
   * Unmeasured run per side before each scenario. A server's JIT keeps compiling for the first few
   * thousand requests (on 2 shared cores, a quarter of the proxy's CPU went to TurboFan during a
   * 1-second warm-up); the figures are for a server in its steady state. Default `4`.
   */
  warmUpSeconds?: number;
}

/** One scenario at one load. */
export interface OverheadRow {
  scenario: string;
  connections: number;
  direct: LoadFigures;
  proxied: LoadFigures;
  /** CPU time (user and system, all threads) of the proxy's process per proxied request. */
  proxyCpuMicrosecondsPerRequest: number;
  /**
   * The mock AuthFlow's CPU time per request it served directly, and per proxied request (none
   * when the proxy answered without it).
   */
  mockCpuMicrosecondsPerRequest: { direct: number; proxied: number };
}

export interface ProxyOverhead {
  durationSeconds: number;
  slices: number;
  rows: OverheadRow[];
}

function urlOf(server: BenchProcess): string {
  const { message } = server;
  if (typeof message !== 'object' || message === null || !('url' in message)) {
    throw new Error('A bench server did not print its URL');
  }
  const { url } = message;
  if (typeof url !== 'string') throw new Error('A bench server did not print its URL');
  return url;
}

async function cpuMicroseconds(server: BenchProcess): Promise<number> {
  const answer = await server.ask(cpuUsageQuestion);
  if (typeof answer !== 'object' || answer === null || !('cpuMicroseconds' in answer)) {
    throw new Error('A bench server did not answer its CPU time');
  }
  const { cpuMicroseconds: value } = answer;
  if (typeof value !== 'number') throw new Error('A bench server did not answer its CPU time');
  return value;
}

/**
 * Measures what the proxy adds to AuthFlow calls on loopback: the mock AuthFlow and the proxy each
 * run in their own process, built to plain JavaScript, and autocannon sends every scenario, at every load, straight to the
 * mock (as an app server holding the key would) and through the proxy (as the kit's browser code
 * does), in alternating slices so both meet the same machine. Throws when any request of any run
 * failed.
 */
export async function measureProxyOverhead(options: ProxyOverheadOptions = {}): Promise<ProxyOverhead> {
  const { connectionCounts = [1, 10], durationSeconds = 4, slices = 8, warmUpSeconds = 4 } = options;
  const sliceSeconds = durationSeconds / slices;
  const warmUpConnections = Math.max(...connectionCounts);
  const started: BenchProcess[] = [];
  try {
    const servers = await buildBenchServers();
    const mock = await spawnBenchProcess([servers.mock], 'serve-mock', { ipc: true });
    started.push(mock);
    const proxy = await spawnBenchProcess([servers.proxy, urlOf(mock)], 'serve-proxy', { ipc: true });
    started.push(proxy);
    const prepared = await spawnFromSource('./prepare-overhead-scenarios.ts', [urlOf(mock), urlOf(proxy)]);
    await prepared.stop();
    if (!isOverheadScenarioList(prepared.message)) throw new Error('The bench scenarios are malformed');

    const rows: OverheadRow[] = [];
    for (const { name, direct, proxied } of prepared.message) {
      for (const target of [direct, proxied]) {
        await runLoad(target, { connections: warmUpConnections, durationSeconds: warmUpSeconds });
      }
      for (const connections of connectionCounts) {
        const load = { connections, durationSeconds: sliceSeconds };
        const directSamples: LoadSample[] = [];
        const proxiedSamples: LoadSample[] = [];
        const cpu = { proxy: 0, mockDirect: 0, mockProxied: 0 };
        const runDirect = async () => {
          const mockBefore = await cpuMicroseconds(mock);
          directSamples.push(await runLoad(direct, load));
          cpu.mockDirect += (await cpuMicroseconds(mock)) - mockBefore;
        };
        const runProxied = async () => {
          const [proxyBefore, mockBefore] = [await cpuMicroseconds(proxy), await cpuMicroseconds(mock)];
          proxiedSamples.push(await runLoad(proxied, load));
          cpu.proxy += (await cpuMicroseconds(proxy)) - proxyBefore;
          cpu.mockProxied += (await cpuMicroseconds(mock)) - mockBefore;
        };
        for (let slice = 0; slice < slices; slice += 1) {
          if (slice % 2 === 0) {
            await runDirect();
            await runProxied();
          } else {
            await runProxied();
            await runDirect();
          }
        }
        const directFigures = summarizeLoad(directSamples);
        const proxiedFigures = summarizeLoad(proxiedSamples);
        rows.push({
          scenario: name,
          connections,
          direct: directFigures,
          proxied: proxiedFigures,
          proxyCpuMicrosecondsPerRequest: cpu.proxy / proxiedFigures.requests,
          mockCpuMicrosecondsPerRequest: {
            direct: cpu.mockDirect / directFigures.requests,
            proxied: cpu.mockProxied / proxiedFigures.requests,
          },
        });
      }
    }
    return { durationSeconds, slices, rows };
  } finally {
    for (const server of started.reverse()) await server.stop();
  }
}
