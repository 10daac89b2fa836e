export type { StartMockWorkerOptions } from './start-mock-worker.js';
export { startMockWorker } from './start-mock-worker.js';
