import type { OutboxMessage } from '@authflow-ui/mocks';
import type { DevMock } from './dev-mock.js';

/**
 * The dev tools over the mock server of `pnpm dev:full`, reached through the dev server at
 * `basePath` (`/__dev`): its outbox and its fault switch. Only the mock has these endpoints.
 */
export function remoteDevMock(basePath: string): DevMock {
  const base = basePath.replace(/\/+$/, '');
  return {
    where: 'server',
    messages: async () => {
      const response = await fetch(`${base}/outbox`);
      if (!response.ok) throw new Error(`The mock server's outbox answered ${response.status}`);
      const messages: OutboxMessage[] = await response.json();
      return messages;
    },
    setScenario: async (scenario) => {
      const response = await fetch(`${base}/scenario`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scenario: scenario === '' ? null : scenario }),
      });
      if (!response.ok) throw new Error(`The mock server refused the scenario "${scenario}"`);
    },
  };
}
