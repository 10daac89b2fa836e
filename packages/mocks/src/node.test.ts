import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV_API_KEY } from './constants.js';
import { createMockAuthFlow } from './create-mock-auth-flow.js';
import { setupServer } from './node.js';
import { getWithQuery, login } from './test-support/raw-http.js';

const mock = createMockAuthFlow();
const server = setupServer(...mock.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => mock.reset());
afterAll(() => server.close());

describe('given the handlers in MSW setupServer at the default base URL', () => {
  it('answers fetch calls to http://localhost:4010 without any real server', async () => {
    const discovery = await fetch('http://localhost:4010/');
    expect((await discovery.json()).name).toBe('AuthFlow');
    const response = await login('http://localhost:4010', DEV_API_KEY, mock.seeded.member);
    expect(response.status).toBe(200);
  });

  it('answers a JSON 404 for an unknown /auth path', async () => {
    const response = await getWithQuery('http://localhost:4010', '/auth/unknown', {});
    expect(response.status).toBe(404);
    expect((await response.json()).message).toBe('Not found');
  });
});
