import type { AuthErrorCode, ProxyErrorBody } from '@authflow-ui/contract';
import { proxyErrorMessages, proxyErrorStatuses } from './proxy-error-messages.js';

/**
 * An answer of the proxy as plain data: the web handler turns it into a `Response`
 * (`toResponse`), `toNodeHandler` writes it to `node:http` as it is. A `Response` and its body
 * stream cost more CPU than the rest of a session check that needs no call to AuthFlow.
 */
export interface ProxyAnswer {
  status: number;
  /** Values by lowercase header name; `Set-Cookie` values are in `cookies`. */
  headers: Record<string, string>;
  /** `Set-Cookie` values. */
  cookies: readonly string[];
  /** JSON text, or `null` for no body. */
  body: string | null;
}

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
  /** Lowercase names. */
  headers?: Readonly<Record<string, string>>;
}

/** A 2xx answer, as `Response.ok` says. */
export const isSuccess = (answer: ProxyAnswer) => answer.status >= 200 && answer.status < 300;

/** A JSON answer with the proxy's standard headers. */
export function jsonAnswer(body: unknown, options: AnswerOptions = {}): ProxyAnswer {
  return {
    status: options.status ?? 200,
    headers: { ...baseHeaders, ...options.headers },
    cookies: options.cookies ?? [],
    body: JSON.stringify(body),
  };
}

export interface ErrorAnswerOptions extends AnswerOptions {
  /** Seconds, for `rate_limited`; sent in the body and as `Retry-After`. */
  retryAfter?: number;
  /** A more precise fixed text than the code's own (never a server text). */
  message?: string;
}

/** A failure answer: `{ error: { code, message, retryAfter? } }` with the code's status. */
export function errorAnswer(code: AuthErrorCode, options: ErrorAnswerOptions = {}): ProxyAnswer {
  const body: ProxyErrorBody = { error: { code, message: options.message ?? proxyErrorMessages[code] } };
  const headers: Record<string, string> = { ...options.headers };
  if (options.retryAfter !== undefined) {
    body.error.retryAfter = options.retryAfter;
    headers['retry-after'] = String(options.retryAfter);
  }
  return jsonAnswer(body, { ...options, status: options.status ?? proxyErrorStatuses[code], headers });
}

/** The answer as a web `Response`, for handlers that speak `Request`/`Response`. */
export function toResponse(answer: ProxyAnswer): Response {
  const headers = new Headers(answer.headers);
  for (const cookie of answer.cookies) headers.append('set-cookie', cookie);
  return new Response(answer.body, { status: answer.status, headers });
}
