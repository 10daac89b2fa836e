import { type CreateMockAuthFlowOptions, createMockAuthFlow, type MockAuthFlow } from '@authflow-ui/mocks';
import { setupServer } from '@authflow-ui/mocks/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

export interface MockAuthFlowHandle {
  /** This test's mock: a fresh store, seeded accounts and an empty outbox. */
  readonly mock: MockAuthFlow;
  /** Paths of the AuthFlow requests made so far in this test, in order. */
  readonly requests: string[];
}

/**
 * Serves the AuthFlow mock (with `options`, such as `passkeys`) through msw in this test file,
 * with a fresh mock per test.
 * Unhandled requests fail the test: nothing may leave the process.
 */
export function serveMockAuthFlow(options: CreateMockAuthFlowOptions = {}): MockAuthFlowHandle {
  const server = setupServer();
  let mock: MockAuthFlow | null = null;
  const requests: string[] = [];
  server.events.on('request:start', ({ request }) => {
    requests.push(new URL(request.url).pathname);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    mock = createMockAuthFlow(options);
    requests.length = 0;
    server.resetHandlers(...mock.handlers);
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    get mock() {
      if (!mock) throw new Error('serveMockAuthFlow: the mock exists only inside a test.');
      return mock;
    },
    requests,
  };
}
