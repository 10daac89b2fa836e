import { mockLifetimes } from './constants.js';
import type { Account } from './create-mock-store.js';
import type { MockContext } from './mock-context.js';
import { randomHex } from './random.js';
import { sendMessage } from './send-message.js';

/** Issues a single-use verification token (24 h) and mails a link to `/auth/verify-email`. */
export function sendVerificationEmail(context: MockContext, account: Account): void {
  const token = randomHex(32);
  context.store.verificationTokens.set(token, {
    email: account.email,
    role: account.role,
    expiresAt: context.now() + mockLifetimes.verificationTokenMs,
  });
  const link = `${context.baseUrl}/auth/verify-email?token=${token}`;
  sendMessage(context, {
    to: account.email,
    kind: 'verify-email',
    subject: 'Verify your email address',
    text: `Hello ${account.fullname}, confirm your email address by opening this link within 24 hours: ${link}`,
    token,
    link,
  });
}
