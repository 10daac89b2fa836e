import { type MockAuthFlow, parseScenario } from '@authflow-ui/mocks';

/** What the page offers to scripts (the end-to-end tests, a person at the console) in embedded mode. */
export interface DevMockHook {
  /** Switches the mock's fault, written like `?scenario=` (`network-error`, `rate-limited:5`); `null` clears it. */
  setScenario: (scenario: string | null) => void;
  mock: MockAuthFlow;
}

declare global {
  interface Window {
    __authflowMock?: DevMockHook;
  }
}

export function exposeDevHook(mock: MockAuthFlow): void {
  window.__authflowMock = {
    setScenario: (scenario) => mock.setScenario(scenario === null ? null : parseScenario(scenario)),
    mock,
  };
}
