import {
  type AuthError,
  createReverificationController,
  type Passkey,
  type ReverificationController,
} from '@authflow-ui/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAuthContext } from '../provider/auth-context.js';
import { type AuthAction, useAuthAction } from './use-auth-action.js';
import { useCapabilities } from './use-capabilities.js';
import { useSession } from './use-session.js';

/** Whether the backend and this browser offer passkeys: `checking` until both answered. */
export type PasskeyAvailability = 'checking' | 'unavailable' | 'unsupported' | 'available';

export type PasskeyList =
  | { status: 'loading' }
  | { status: 'error'; error: AuthError }
  | { status: 'ready'; passkeys: Passkey[] };

export interface UsePasskeysResult {
  availability: PasskeyAvailability;
  list: PasskeyList;
  /** Asks for the list again, as "Try again" after it failed to load. */
  reload: () => Promise<void>;
  add: AuthAction<{ name?: string }, Passkey>;
  rename: AuthAction<{ id: string; name: string }, Passkey>;
  remove: AuthAction<{ id: string; password: string }, void>;
  /**
   * Adding and removing a passkey are sensitive: behind the proxy they ask for a recent proof of
   * identity. Render `<ReverificationDialog controller={reverification} />` next to the form.
   */
  reverification: ReverificationController;
}

const passkeysKey = ['authflow', 'passkeys'] as const;

/**
 * Whether to offer passkeys at all: this browser has WebAuthn and the backend serves the group.
 * A browser without WebAuthn asks the backend nothing.
 */
export function usePasskeysOffered(): boolean {
  const { client } = useAuthContext();
  const available = client.passkeys.isAvailable();
  const capabilities = useCapabilities({ enabled: available });
  return available && capabilities.status === 'known' && capabilities.capabilities.passkeys;
}

/**
 * The signed-in user's passkeys: whether they are offered at all (`client.capabilities()` and
 * the browser), the list, and the three changes, each refreshing the list when it succeeds.
 */
export function usePasskeys(): UsePasskeysResult {
  const { client, queryClient } = useAuthContext();
  const { status, user } = useSession();
  const capabilities = useCapabilities();
  const served = capabilities.status === 'known' && capabilities.capabilities.passkeys;
  // Every client method rejects only with AuthError.
  const list = useQuery<Passkey[], AuthError>(
    {
      queryKey: [...passkeysKey, user?.email ?? ''],
      queryFn: ({ signal }) => client.passkeys.list({ signal }),
      enabled: served && status === 'signedIn',
      retry: false,
    },
    queryClient,
  );
  const invalidate = () => queryClient.invalidateQueries({ queryKey: passkeysKey });
  const [reverification] = useState(() => createReverificationController(client));
  const add = useAuthAction(async (authClient, input: { name?: string }, options) => {
    const passkey = await reverification.run(() => authClient.passkeys.register(input, options));
    await invalidate();
    return passkey;
  });
  const rename = useAuthAction(async (authClient, input: { id: string; name: string }, options) => {
    const passkey = await authClient.passkeys.rename(input, options);
    await invalidate();
    return passkey;
  });
  const remove = useAuthAction(async (authClient, input: { id: string; password: string }, options) => {
    await reverification.run(() => authClient.passkeys.remove(input, options));
    await invalidate();
  });

  let availability: PasskeyAvailability = 'checking';
  if (capabilities.status === 'unknown' || (capabilities.status === 'known' && !served)) {
    availability = 'unavailable';
  } else if (served) availability = client.passkeys.isAvailable() ? 'available' : 'unsupported';

  let listState: PasskeyList = { status: 'loading' };
  if (list.data) listState = { status: 'ready', passkeys: list.data };
  else if (list.error) listState = { status: 'error', error: list.error };

  const reload = async () => {
    await list.refetch();
  };

  return { availability, list: listState, reload, add, rename, remove, reverification };
}
