import type { ProxyEndpointId, ProxyRequests } from '@authflow-ui/contract';
import type { ResolvedAuthProxyOptions } from '../auth-proxy-options.js';
import type { RateLimiter } from '../create-rate-limiter.js';
import type { SessionVault, StoredSession } from '../session-vault.js';
import type { UpstreamClient } from '../upstream-client.js';

/** What every endpoint shares: the options, the way to AuthFlow and the session records. */
export interface ProxyContext {
  options: ResolvedAuthProxyOptions;
  upstream: UpstreamClient;
  vault: SessionVault;
  limiter: RateLimiter;
}

/** One checked request: its body matched the endpoint's field list, and its cookie was read. */
export interface EndpointInput<E extends ProxyEndpointId> {
  body: ProxyRequests[E];
  context: ProxyContext;
  /** The record the cookie names, if any. */
  stored: StoredSession | null;
  /** The address rate limits count against (the `clientAddress` option). */
  clientAddress: string;
}

export type EndpointHandler<E extends ProxyEndpointId> = (input: EndpointInput<E>) => Promise<Response>;
