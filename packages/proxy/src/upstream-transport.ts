/** One call to AuthFlow, built from the contract's route table. */
export interface UpstreamRequest {
  method: 'GET' | 'POST';
  /** The route's path and query string, appended to AuthFlow's base URL. */
  path: string;
  /** Lowercase names. */
  headers: Readonly<Record<string, string>>;
  /** JSON text, for POST routes. */
  body: string | undefined;
}

/** What came back; the body is read only when it may be used. */
export interface UpstreamAnswer {
  status: number;
  /** A header's value, `null` when absent. */
  header(name: string): string | null;
  body:
    | { read: 'complete'; bytes: Uint8Array }
    // A redirect would hand the query string, with its password or token, to another address.
    | { read: 'skipped'; reason: 'redirect' | 'tooLarge' };
}

export type UpstreamExchange =
  | { outcome: 'answered'; answer: UpstreamAnswer }
  | { outcome: 'unanswered'; reason: 'timeout' | 'network' };

export interface UpstreamExchangeLimits {
  /** The whole exchange, connection to last byte. */
  timeoutMs: number;
  /** Past this many body bytes the answer is dropped. */
  maxAnswerBytes: number;
}

/**
 * How the upstream client reaches AuthFlow: follows no redirect, reads at most `maxAnswerBytes`
 * and gives up after `timeoutMs`. Never rejects: a fault is an `unanswered` exchange.
 */
export type UpstreamTransport = (
  request: UpstreamRequest,
  limits: UpstreamExchangeLimits,
) => Promise<UpstreamExchange>;

export const isRedirectStatus = (status: number) => status >= 300 && status < 400;
