import type { OutboxMessage } from '@authflow-ui/mocks';
import { useEffect, useState } from 'react';
import type { DevMock } from '../dev-mock/dev-mock.js';

/** How often the panel looks for new mail; the mock has no change events. */
const pollMs = 400;

/** The mock's sent emails, newest first. */
export function useOutbox(devMock: DevMock): readonly OutboxMessage[] {
  const [messages, setMessages] = useState<readonly OutboxMessage[]>([]);
  useEffect(() => {
    let active = true;
    const look = () => {
      devMock.messages().then(
        (next) => {
          if (active) setMessages((current) => (next.length === current.length ? current : next));
        },
        // A mock server restarting under `pnpm dev:full`: keep the last mail and look again.
        () => undefined,
      );
    };
    look();
    const timer = window.setInterval(look, pollMs);
    return () => {
      active = false;
      window.clearInterval(timer);
    };
  }, [devMock]);
  return [...messages].reverse();
}
