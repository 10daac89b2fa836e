import type { AuthErrorCode, ProxyEndpointId, RouteId } from '@authflow-ui/contract';

/**
 * One structured log line. Entries carry names, statuses, codes and durations only: never a
 * URL, a body, a header, an email address or an error object, since each of those can hold a
 * password, a token, a code or the API key.
 */
export type ProxyLogEntry =
  | {
      event: 'request';
      /** `null` when the path names no endpoint. */
      endpoint: ProxyEndpointId | null;
      status: number;
      durationMs: number;
      code?: AuthErrorCode;
    }
  | {
      event: 'upstream';
      /** `discovery` is AuthFlow's `GET /`, which is not a contract route. */
      route: RouteId | 'discovery';
      /** `null` when no answer arrived (timeout, network failure). */
      status: number | null;
      durationMs: number;
      code?: AuthErrorCode;
    };

export type ProxyLogger = (entry: ProxyLogEntry) => void;

/** A logger that writes one JSON line per entry to standard output. */
export const jsonLineLogger: ProxyLogger = (entry) => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};
