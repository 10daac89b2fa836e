import { type MockAuthFlow, parseScenario } from '@authflow-ui/mocks';
import type { DevMock } from './dev-mock.js';

/** The dev tools over the mock that runs in this page. */
export function inPageDevMock(mock: MockAuthFlow): DevMock {
  return {
    where: 'page',
    messages: async () => mock.outbox.messages(),
    setScenario: async (scenario) => mock.setScenario(parseScenario(scenario)),
  };
}
