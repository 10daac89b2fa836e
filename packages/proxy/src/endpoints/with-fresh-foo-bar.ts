import { type RouteId, serverMessages } from '@authflow-ui/contract';
import type { UpstreamResult } from '../upstream-client.js';
import type { ProxyContext } from './endpoint-input.js';

function isFooBarExpired(result: UpstreamResult<RouteId>): boolean {
  return (
    result.outcome === 'failed' &&
    result.failure.status === 401 &&
    result.failure.serverMessage?.startsWith(serverMessages.fooBarExpired) === true
  );
}

/**
 * Runs `attempt` with a `fooBar` token fetched just before it, as the contract asks. If AuthFlow
 * says the token expired anyway (it lives 45 seconds), fetches one more and tries once more;
 * never a loop.
 */
export async function withFreshFooBar<R extends RouteId>(
  context: ProxyContext,
  email: string,
  attempt: (fooBar: string) => Promise<UpstreamResult<R>>,
): Promise<UpstreamResult<R>> {
  const once = async (): Promise<UpstreamResult<R>> => {
    const fooBar = await context.upstream.call('fooBar', {
      identity: email,
      api_key: context.options.apiKey,
      role: context.options.role,
    });
    return fooBar.outcome === 'failed' ? fooBar : attempt(fooBar.body.token);
  };
  const first = await once();
  return isFooBarExpired(first) ? once() : first;
}
