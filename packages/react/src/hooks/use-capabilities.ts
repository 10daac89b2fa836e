import type { AuthCapabilities } from '@authflow-ui/core';
import { useQuery } from '@tanstack/react-query';
import { useAuthContext } from '../provider/auth-context.js';

const capabilitiesKey = ['authflow', 'capabilities'] as const;

export type CapabilitiesState =
  | { status: 'checking' }
  | { status: 'unknown' }
  | { status: 'known'; capabilities: AuthCapabilities };

/**
 * What the backend offers beyond AuthFlow's routes (`client.capabilities()`), asked once per
 * query client and shared by every component that shows an optional feature. `unknown` when the
 * question failed: callers hide the feature, as they would against plain AuthFlow.
 */
export function useCapabilities({ enabled = true }: { enabled?: boolean } = {}): CapabilitiesState {
  const { client, queryClient } = useAuthContext();
  const query = useQuery(
    {
      queryKey: capabilitiesKey,
      queryFn: ({ signal }) => client.capabilities({ signal }),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
      enabled,
    },
    queryClient,
  );
  if (query.data) return { status: 'known', capabilities: query.data };
  if (query.isError) return { status: 'unknown' };
  return { status: 'checking' };
}
