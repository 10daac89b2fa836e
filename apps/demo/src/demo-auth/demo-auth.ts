import type { AuthClient } from '@authflow-ui/core';
import type { MockAuthFlow } from '@authflow-ui/mocks';

/**
 * How the demo reaches AuthFlow. `embedded`: an MSW worker answers in this page with the mock
 * (no backend needed; the dev inbox shows its emails). `backend`: `VITE_AUTH_URL` names a real
 * server, normally your `@authflow-ui/proxy`.
 */
export type DemoAuth =
  | { mode: 'embedded'; client: AuthClient; mock: MockAuthFlow; ownerEmail: string }
  | { mode: 'backend'; client: AuthClient; ownerEmail: string | null };
