/** What reading a request body found. */
export type BodyRead =
  | { outcome: 'read'; bytes: Uint8Array }
  | { outcome: 'tooLarge' }
  // The body failed, ran past its declared length, or was not complete within the deadline.
  | { outcome: 'unfinished' };

export interface BodyLimits {
  maxBytes: number;
  /**
   * How long the whole body may take to arrive. A `Content-Length` larger than the body sent
   * would otherwise keep both sides waiting for bytes that never come.
   */
  deadlineMs: number;
}

/**
 * One browser request as the proxy reads it: from a web `Request` (see `webProxyCall`), or straight
 * from `node:http` (see `nodeProxyCall`), which spares building a `Request` and a body stream.
 */
export interface ProxyCall {
  method: string;
  /** The URL's path, without the query string. */
  path: string;
  /**
   * A header's value by its lowercase name, several of one name joined with `, ` as `Headers.get`
   * does; `null` when absent.
   */
  header(name: string): string | null;
  /** Reads the body once, or `null` when the request carries none. */
  readBody: ((limits: BodyLimits) => Promise<BodyRead>) | null;
  /** The request as a web `Request` for the `clientAddress` option; built only when asked for. */
  toRequest(): Request;
}
