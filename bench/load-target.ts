/**
 * The requests of the proxy-overhead bench as plain data. A child process that reads the
 * workspace packages from source prepares them and hands them to the load generator as JSON; the
 * load generator runs without the `@authflow-ui/source` condition, so this file imports nothing.
 */

/** The one origin the bench proxy allows; the load generator sends it, as a page of the app would. */
export const benchOrigin = 'http://localhost:5173';

/** One HTTP request, ready to send again and again. */
export interface HttpCall {
  /** Absolute URL, query string included. */
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** JSON text, for POST requests. */
  body?: string;
}

export interface LoadTarget extends HttpCall {
  /** The status every answer must have; any other counts as a failed request. */
  expectStatus: number;
  /** Text every answer's body must contain; an answer without it counts as a failed request. */
  expectInBody: string;
}

export interface OverheadScenario {
  name: string;
  /** The AuthFlow call an app server makes itself when it holds the key and the session token. */
  direct: LoadTarget;
  /** The same operation asked of the proxy, as the kit's browser code asks for it. */
  proxied: LoadTarget;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringRecord = (value: unknown): value is Record<string, string> =>
  isObject(value) && Object.values(value).every((entry) => typeof entry === 'string');

function isLoadTarget(value: unknown): value is LoadTarget {
  return (
    isObject(value) &&
    typeof value.url === 'string' &&
    (value.method === 'GET' || value.method === 'POST') &&
    isStringRecord(value.headers) &&
    (value.body === undefined || typeof value.body === 'string') &&
    typeof value.expectStatus === 'number' &&
    typeof value.expectInBody === 'string'
  );
}

/** Checks the JSON a child process printed before the load generator trusts it. */
export function isOverheadScenarioList(value: unknown): value is OverheadScenario[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry) =>
        isObject(entry) &&
        typeof entry.name === 'string' &&
        isLoadTarget(entry.direct) &&
        isLoadTarget(entry.proxied),
    )
  );
}
