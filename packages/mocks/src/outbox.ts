export type OutboxMessageKind = 'reset-password' | 'verify-email' | 'email-otp';

/** An email the mock "sent". Nothing leaves the process: tests and the dev page read it here. */
export interface OutboxMessage {
  to: string;
  kind: OutboxMessageKind;
  subject: string;
  text: string;
  /** The reset or verification token the link carries. */
  token?: string;
  /** The six-digit email OTP. */
  code?: string;
  link?: string;
  /** When it was sent, in milliseconds of the mock's clock. */
  sentAt: number;
}

export interface Outbox {
  /** Every message sent so far, oldest first; only those to `email` when given. */
  messages(email?: string): OutboxMessage[];
}
