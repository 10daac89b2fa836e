import type { ProxyEndpointId, ProxyRequests } from '@authflow-ui/contract';
import type { ResolvedAuthProxyOptions } from '../auth-proxy-options.js';
import type { ConfirmationWindow } from '../create-confirmation-window.js';
import type { DiscoveryCache } from '../create-discovery-cache.js';
import type { RateLimiter } from '../create-rate-limiter.js';
import type { DeviceLabel } from '../parse-device-label.js';
import type { ProxyAnswer } from '../proxy-answers.js';
import type { SessionVault, StoredSession } from '../session-vault.js';
import type { UpstreamClient } from '../upstream-client.js';

/** What every endpoint shares: the options, the way to AuthFlow and the session records. */
export interface ProxyContext {
  options: ResolvedAuthProxyOptions;
  upstream: UpstreamClient;
  vault: SessionVault;
  limiter: RateLimiter;
  /** Which extension groups AuthFlow serves, from its discovery document. */
  discovery: DiscoveryCache;
  confirmations: ConfirmationWindow;
}

/** What a new session records about the browser that started it. */
export interface RequestClient {
  device: DeviceLabel;
  /** The client address truncated to its network, or `null`. */
  network: string | null;
}

/** One checked request: its body matched the endpoint's field list, and its cookie was read. */
export interface EndpointInput<E extends ProxyEndpointId> {
  body: ProxyRequests[E];
  context: ProxyContext;
  /** The record the cookie names, if any. */
  stored: StoredSession | null;
  /** The address rate limits count against (the `clientAddress` option). */
  clientAddress: string;
  /** The browser and network a new session records. */
  client: RequestClient;
}

export type EndpointHandler<E extends ProxyEndpointId> = (input: EndpointInput<E>) => Promise<ProxyAnswer>;
