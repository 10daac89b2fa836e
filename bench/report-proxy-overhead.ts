import { availableParallelism } from 'node:os';
import { formatProxyOverhead } from './format-proxy-overhead.js';
import { measureProxyOverhead } from './measure-proxy-overhead.js';
import { checkProxyOverheadGoals } from './proxy-overhead-goals.js';

/**
 * Measures what the proxy adds, prints the figures and a verdict per goal of
 * `proxyOverheadGoals`, and answers whether every goal was met.
 */
export async function reportProxyOverhead(): Promise<boolean> {
  const overhead = await measureProxyOverhead();
  console.log(
    `\nProxy overhead on loopback (autocannon, ${overhead.durationSeconds} s per side in ${overhead.slices} alternating slices). ` +
      `The load generator, the proxy and the mock AuthFlow share ${availableParallelism()} CPU cores.`,
  );
  for (const line of formatProxyOverhead(overhead)) console.log(line);
  const verdicts = checkProxyOverheadGoals(overhead);
  for (const { text, met } of verdicts) console.log(`${met ? 'ok  ' : 'MISS'}  ${text}`);
  return verdicts.every(({ met }) => met);
}
