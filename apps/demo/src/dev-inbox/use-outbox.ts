import type { MockAuthFlow, OutboxMessage } from '@authflow-ui/mocks';
import { useEffect, useState } from 'react';

/** How often the panel looks for new mail; the mock has no change events. */
const pollMs = 400;

/** The embedded mock's sent emails, newest first. */
export function useOutbox(mock: MockAuthFlow): OutboxMessage[] {
  const [messages, setMessages] = useState(() => mock.outbox.messages());
  useEffect(() => {
    const timer = window.setInterval(() => {
      const next = mock.outbox.messages();
      setMessages((current) => (next.length === current.length ? current : next));
    }, pollMs);
    return () => window.clearInterval(timer);
  }, [mock]);
  return [...messages].reverse();
}
