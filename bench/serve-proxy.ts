/*
 * Child process of the proxy-overhead bench (built by `buildBenchServers`): `@authflow-ui/proxy` in a
 * `node:http` server on 127.0.0.1, in front of the AuthFlow whose URL is the first argument.
 * Prints `{ "url": ... }` once listening, answers the bench's questions for its CPU time and serves
 * until stopped. The proxy has its default settings: neither measured endpoint is rate-limited.
 */
import { createServer } from 'node:http';
import { DEFAULT_ROLE, DEV_API_KEY } from '@authflow-ui/mocks';
import { createAuthProxy, toNodeHandler } from '@authflow-ui/proxy';
import { answerCpuUsageQuestions } from './answer-cpu-usage-questions.js';
import { benchOrigin } from './load-target.js';
import { untilStopped } from './until-stopped.js';

const [authflowUrl] = process.argv.slice(2);
if (authflowUrl === undefined) throw new Error('usage: serve-proxy.ts <AuthFlow URL>');

const proxy = createAuthProxy({
  baseUrl: authflowUrl,
  apiKey: DEV_API_KEY,
  role: DEFAULT_ROLE,
  allowedOrigins: [benchOrigin],
});
const server = createServer(toNodeHandler(proxy));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
if (address === null || typeof address === 'string') throw new Error('The proxy server has no TCP address');

answerCpuUsageQuestions();
process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${address.port}` })}\n`);
await untilStopped();
server.closeAllConnections();
await new Promise<void>((resolve) => server.close(() => resolve()));
// The proxy's kept-alive connections to AuthFlow must not keep a finished bench waiting.
process.exit(0);
