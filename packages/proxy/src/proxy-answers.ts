import type { AuthErrorCode, ProxyErrorBody } from '@authflow-ui/contract';
import { proxyErrorMessages, proxyErrorStatuses } from './proxy-error-messages.js';

const baseHeaders = {
  'content-type': 'application/json; charset=utf-8',
  // Answers carry personal data and one-time secrets: no cache may keep them.
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

export interface AnswerOptions {
  status?: number;
  /** `Set-Cookie` values to send. */
  cookies?: readonly string[];
  headers?: Readonly<Record<string, string>>;
}

/** A JSON answer with the proxy's standard headers. */
export function jsonAnswer(body: unknown, options: AnswerOptions = {}): Response {
  const headers = new Headers({ ...baseHeaders, ...options.headers });
  for (const cookie of options.cookies ?? []) headers.append('set-cookie', cookie);
  return new Response(JSON.stringify(body), { status: options.status ?? 200, headers });
}

export interface ErrorAnswerOptions extends AnswerOptions {
  /** Seconds, for `rate_limited`; sent in the body and as `Retry-After`. */
  retryAfter?: number;
  /** A more precise fixed text than the code's own (never a server text). */
  message?: string;
}

/** A failure answer: `{ error: { code, message, retryAfter? } }` with the code's status. */
export function errorAnswer(code: AuthErrorCode, options: ErrorAnswerOptions = {}): Response {
  const body: ProxyErrorBody = { error: { code, message: options.message ?? proxyErrorMessages[code] } };
  const headers: Record<string, string> = { ...options.headers };
  if (options.retryAfter !== undefined) {
    body.error.retryAfter = options.retryAfter;
    headers['retry-after'] = String(options.retryAfter);
  }
  return jsonAnswer(body, { ...options, status: options.status ?? proxyErrorStatuses[code], headers });
}
