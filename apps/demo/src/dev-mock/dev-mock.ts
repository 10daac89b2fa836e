import type { OutboxMessage } from '@authflow-ui/mocks';

/**
 * The development backdoor into whichever mock answers the demo: the one in this page (embedded
 * mode) or the mock server behind the proxy (`pnpm dev:full`). The dev inbox reads mail and
 * switches faults through it, so both setups offer the same tools.
 */
export interface DevMock {
  /** `page`: the mock runs in this tab. `server`: the mock server of `pnpm dev:full`. */
  where: 'page' | 'server';
  /** What the mock "emailed", oldest first. */
  messages(): Promise<readonly OutboxMessage[]>;
  /** Switches the mock's fault, written like `?scenario=` (`network-error`, `rate-limited:5`); `null` clears it. */
  setScenario(scenario: string | null): Promise<void>;
}
