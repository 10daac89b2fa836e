/*
 * Child process of the proxy-overhead bench (built by `buildBenchServers`): the mock AuthFlow over real
 * HTTP on 127.0.0.1. Prints `{ "url": ... }` once listening, answers the bench's questions for its
 * CPU time and serves until stopped.
 */
import { DEV_API_KEY } from '@authflow-ui/mocks';
import { startMockServer } from '@authflow-ui/mocks/node';
import { answerCpuUsageQuestions } from './answer-cpu-usage-questions.js';
import { untilStopped } from './until-stopped.js';

const server = await startMockServer({ apiKey: DEV_API_KEY, port: 0 });
answerCpuUsageQuestions();
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
await untilStopped();
await server.close();
// The mock's timers and kept-alive sockets must not keep a finished bench waiting.
process.exit(0);
