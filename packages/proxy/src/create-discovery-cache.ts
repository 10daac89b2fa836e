import { advertisesGroup, type ExtensionRouteGroup } from '@authflow-ui/contract';
import type { DiscoveryResult, UpstreamClient, UpstreamFailure } from './upstream-client.js';

/** How long AuthFlow's discovery document is trusted once read. */
export const discoveryCacheMs = 5 * 60_000;

export type GroupServed =
  | { outcome: 'ok'; served: boolean }
  | { outcome: 'failed'; failure: UpstreamFailure };

export interface DiscoveryCache {
  /** Whether AuthFlow's `GET /` lists the extension group, read at most once per {@link discoveryCacheMs}. */
  serves(group: ExtensionRouteGroup): Promise<GroupServed>;
}

/**
 * AuthFlow's discovery document, read when first needed and kept for {@link discoveryCacheMs}:
 * the proxy turns an extension group on or off from it without a browser ever seeing the
 * document. Requests arriving while it is read share that read. A failure is not kept, so the
 * next request asks again, and a backend that adds or drops a group is followed within minutes.
 */
export function createDiscoveryCache(upstream: UpstreamClient, now: () => number): DiscoveryCache {
  let cached: { document: Promise<DiscoveryResult>; until: number } | null = null;

  const read = (): Promise<DiscoveryResult> => {
    if (cached !== null && cached.until > now()) return cached.document;
    const entry = { document: upstream.discover(), until: Number.POSITIVE_INFINITY };
    cached = entry;
    void entry.document.then((result) => {
      if (cached !== entry) return;
      if (result.outcome === 'failed') cached = null;
      else entry.until = now() + discoveryCacheMs;
    });
    return entry.document;
  };

  return {
    async serves(group) {
      const result = await read();
      return result.outcome === 'ok'
        ? { outcome: 'ok', served: advertisesGroup(result.document, group) }
        : result;
    },
  };
}
