import { isRecord } from '@authflow-ui/contract';
import { isSession, type Session } from './session.js';

/** The BroadcastChannel every tab of an origin shares. */
export const crossTabChannelName = 'authflow-ui:session';

/**
 * The `localStorage` key the fallback writes its messages under. It must differ from the key
 * a session store may persist the session under (`authflow-ui:session`): the fallback removes
 * its message right after writing it, which would erase a saved session sharing the key.
 */
export const crossTabStorageKey = 'authflow-ui:session-message';

/** What one tab tells the others. */
export type CrossTabMessage = { type: 'signedIn'; session: Session } | { type: 'signedOut' };

export interface CrossTabChannel {
  post(message: CrossTabMessage): void;
  subscribe(listener: (message: CrossTabMessage) => void): () => void;
  close(): void;
}

/** The part of a `StorageEvent` the fallback reads. */
export type StorageChange = Pick<StorageEvent, 'key' | 'newValue'>;

/** A window-like source of `storage` events, for browsers without BroadcastChannel. */
export interface StorageEventSource {
  localStorage: Pick<Storage, 'setItem' | 'removeItem'>;
  addEventListener(type: 'storage', listener: (event: StorageChange) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageChange) => void): void;
}

/** The browser features cross-tab sync may use; missing ones are `undefined`. */
export interface CrossTabEnvironment {
  BroadcastChannel: (new (name: string) => BroadcastChannel) | undefined;
  storageEvents: StorageEventSource | undefined;
}

function isCrossTabMessage(value: unknown): value is CrossTabMessage {
  if (!isRecord(value)) return false;
  if (value.type === 'signedOut') return true;
  return value.type === 'signedIn' && isSession(value.session);
}

function windowStorageEvents(): StorageEventSource | undefined {
  try {
    if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return undefined;
    return {
      localStorage: window.localStorage,
      addEventListener: (type, listener) => window.addEventListener(type, listener),
      removeEventListener: (type, listener) => window.removeEventListener(type, listener),
    };
  } catch {
    return undefined;
  }
}

/** What this page offers: the real `BroadcastChannel`, and `window` for storage events. */
export function browserCrossTabEnvironment(): CrossTabEnvironment {
  return {
    BroadcastChannel: typeof BroadcastChannel === 'function' ? BroadcastChannel : undefined,
    storageEvents: windowStorageEvents(),
  };
}

function broadcastChannelSync(Channel: new (name: string) => BroadcastChannel): CrossTabChannel {
  const channel = new Channel(crossTabChannelName);
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      const onMessage = (event: MessageEvent<unknown>) => {
        if (isCrossTabMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}

/**
 * Without BroadcastChannel, a write to `localStorage` raises a `storage` event in every other
 * tab. The message is removed right after it is written, so it does not stay in storage.
 */
function storageEventSync(source: StorageEventSource): CrossTabChannel {
  const closers = new Set<() => void>();
  return {
    post: (message) => {
      try {
        source.localStorage.setItem(crossTabStorageKey, JSON.stringify({ ...message, sentAt: Date.now() }));
        source.localStorage.removeItem(crossTabStorageKey);
      } catch {
        // Storage that throws leaves tabs unsynchronised, which is no reason to fail a sign-in.
      }
    },
    subscribe: (listener) => {
      const onStorage = (event: StorageChange) => {
        if (event.key !== crossTabStorageKey || event.newValue === null) return;
        let message: unknown;
        try {
          message = JSON.parse(event.newValue);
        } catch {
          return;
        }
        if (isCrossTabMessage(message)) listener(message);
      };
      source.addEventListener('storage', onStorage);
      const unsubscribe = () => {
        source.removeEventListener('storage', onStorage);
        closers.delete(unsubscribe);
      };
      closers.add(unsubscribe);
      return unsubscribe;
    },
    close: () => {
      for (const unsubscribe of [...closers]) unsubscribe();
    },
  };
}

/**
 * Opens the channel that keeps sign-in and sign-out in step across tabs: BroadcastChannel
 * (`authflow-ui:session`) where it exists, `storage` events otherwise, `null` when neither.
 */
export function createCrossTabChannel(
  environment: CrossTabEnvironment = browserCrossTabEnvironment(),
): CrossTabChannel | null {
  if (environment.BroadcastChannel !== undefined) return broadcastChannelSync(environment.BroadcastChannel);
  if (environment.storageEvents !== undefined) return storageEventSync(environment.storageEvents);
  return null;
}
