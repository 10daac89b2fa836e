/**
 * The observer half every controller shares (TanStack's `Subscribable`): listeners, and a
 * snapshot that keeps its identity until something changes, as `useSyncExternalStore` and
 * other frameworks' signals need.
 */
export interface ExternalStore<Snapshot> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): Snapshot;
}

export interface WritableExternalStore<Snapshot> extends ExternalStore<Snapshot> {
  /** Replaces the snapshot and tells every listener, unless it is the same object. */
  set(next: Snapshot): void;
}

export function createExternalStore<Snapshot>(initial: Snapshot): WritableExternalStore<Snapshot> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    set: (next) => {
      if (Object.is(next, snapshot)) return;
      snapshot = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
