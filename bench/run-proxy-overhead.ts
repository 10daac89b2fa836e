/*
 * `pnpm bench:proxy`: the proxy-overhead part of `pnpm bench` alone, with the same goals and exit
 * code, for checking a change to the proxy without the bundle, render and timing benches.
 */
import { reportProxyOverhead } from './report-proxy-overhead.js';

if (!(await reportProxyOverhead())) process.exitCode = 1;
