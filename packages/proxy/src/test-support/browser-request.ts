import { defaultProxyBasePath, type ProxyEndpointId, proxyEndpoints } from '@authflow-ui/contract';

export const appOrigin = 'https://app.example.test';

export interface BrowserRequestOptions {
  /** `null` leaves the header out. */
  origin?: string | null;
  csrf?: string | null;
  contentType?: string | null;
  cookie?: string;
  method?: string;
  /** A raw body instead of the JSON of `body`. */
  rawBody?: BodyInit;
}

/** A request as the kit's browser code sends it, with any part overridable to build an attack. */
export function browserRequest(
  endpoint: ProxyEndpointId,
  body: unknown = {},
  options: BrowserRequestOptions = {},
): Request {
  const headers = new Headers();
  const origin = options.origin === undefined ? appOrigin : options.origin;
  const csrf = options.csrf === undefined ? '1' : options.csrf;
  const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
  if (origin !== null) headers.set('origin', origin);
  if (csrf !== null) headers.set('x-authflow-ui', csrf);
  if (contentType !== null) headers.set('content-type', contentType);
  if (options.cookie !== undefined) headers.set('cookie', options.cookie);
  const method = options.method ?? 'POST';
  return new Request(`http://proxy.test${defaultProxyBasePath}${proxyEndpoints[endpoint].path}`, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? null : (options.rawBody ?? JSON.stringify(body)),
  });
}
