import type { Passkey } from '@authflow-ui/contract';
import type { StoredPasskey } from '../create-mock-store.js';

/** A stored passkey as the `passkeys` routes show it: no key material, times as ISO 8601 texts. */
export function toPasskey(stored: StoredPasskey): Passkey {
  return {
    id: stored.id,
    name: stored.name,
    createdAt: new Date(stored.createdAt).toISOString(),
    lastUsedAt: stored.lastUsedAt === null ? null : new Date(stored.lastUsedAt).toISOString(),
    backedUp: stored.backedUp,
    transports: [...stored.transports],
  };
}
