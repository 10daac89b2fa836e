export { setupServer } from 'msw/node';
export type { MockServer, StartMockServerOptions } from './start-mock-server.js';
export { startMockServer } from './start-mock-server.js';
