import type { MockContext } from './mock-context.js';
import type { OutboxMessage } from './outbox.js';

/** "Sends" an email: it lands in the instance's outbox, stamped with the mock's clock. */
export function sendMessage(context: MockContext, message: Omit<OutboxMessage, 'sentAt'>): void {
  context.store.outbox.push({ ...message, sentAt: context.now() });
}
