/*
 * The failure-timing part of `pnpm bench` alone: `pnpm exec tsx bench/print-failure-timing.ts`.
 */
import { formatFailureTiming } from './format-failure-timing.js';
import { measureFailureTiming } from './measure-failure-timing.js';

const timing = await measureFailureTiming();
console.log(`Failure timing through the proxy (medians of ${timing.samples} per kind, ms):`);
for (const line of formatFailureTiming(timing)) console.log(line);
