import type { AuthClient } from '@authflow-ui/core';
import type { MockAuthFlow } from '@authflow-ui/mocks';
import type { DevMock } from '../dev-mock/dev-mock.js';

/**
 * How the demo reaches AuthFlow. `embedded`: an MSW worker answers in this page with the mock
 * (no backend needed; the dev inbox shows its emails). `backend`: `VITE_AUTH_URL` names a real
 * server, normally your `@authflow-ui/proxy`; under `pnpm dev:full` that proxy fronts the mock
 * server, whose mail and faults `devMock` reaches.
 */
export type DemoAuth =
  | { mode: 'embedded'; client: AuthClient; mock: MockAuthFlow; devMock: DevMock; ownerEmail: string }
  | { mode: 'backend'; client: AuthClient; devMock: DevMock | null; ownerEmail: string | null };
